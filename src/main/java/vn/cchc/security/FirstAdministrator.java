package vn.cchc.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;

import java.util.EnumSet;

/**
 * An installation must never run without an administrator, nor with a guessable one: on the first
 * start of an installation that has no administrator yet the password comes from CCHC_ADMIN_PASSWORD, or the start
 * is refused.
 * Command mode works on a throwaway database that nobody signs in to, so it needs no administrator, unless the
 * demo profile seeds it (./cchc reminders on the demo data): the demo seeders act as the administrator.
 */
@Component
@Profile("!command | demo")
@Order(20)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAdministration administration;
    private final Directory directory;
    private final String password;
    private final String unitCode;

    FirstAdministrator(UserAdministration administration, Directory directory,
                       @Value("${CCHC_ADMIN_PASSWORD:${cchc.admin.password:}}") String password,
                       @Value("${cchc.admin.unit-code:SO_NOI_VU}") String unitCode) {
        this.administration = administration;
        this.directory = directory;
        this.password = password;
        this.unitCode = unitCode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (administration.anyAdministrator()) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("Chưa có tài khoản quản trị. Hãy đặt biến môi trường CCHC_ADMIN_PASSWORD "
                    + "(ít nhất " + PasswordPolicy.MIN_LENGTH + " ký tự, có chữ và số) rồi khởi động lại.");
        }
        UserForm form = new UserForm();
        form.setUsername("admin");
        form.setFullName("Quản trị hệ thống");
        form.setUnitId(directory.findByCode(unitCode).orElseThrow(() -> new IllegalStateException(
                "Không tìm thấy đơn vị " + unitCode + " cho tài khoản quản trị")).id());
        form.setRoles(EnumSet.of(Role.ADMIN));
        form.setPassword(password);
        administration.createUnchecked(form);
        log.info("Created the administrator account 'admin'");
    }
}
