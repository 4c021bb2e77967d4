package vn.cchc.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.Role;
import vn.cchc.security.UserAdministration;
import vn.cchc.security.UserForm;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One account per role for the demo, all with the same documented password. The administrator is the installation's
 * first administrator, created by security with this password (application-demo.properties); the administrator then
 * creates the other accounts through user administration, like a real installation's administrator would.
 */
@Component
@Profile("demo")
@Order(25)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "Demo@2026cchc";

    /** {@code mailDomain}: the unit's own sub-domain of nghean.gov.vn, where the account's address lives. */
    record Account(String username, String fullName, String unitCode, Set<Role> roles, List<String> follows,
                   String mailDomain) {

        /** The account's address, so that the demo's notices and reminders reach a mailbox when a server is set. */
        String email() {
            return username + "@" + mailDomain + ".nghean.gov.vn";
        }
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("snv.cchc", "Nguyễn Thị Lan (Phòng CCHC&VTLT)", "SO_NOI_VU",
                    EnumSet.of(Role.STANDING_AGENCY), List.of(), "sonoivu"),
            new Account("stp.cchc", "Trần Văn Minh (Sở Tư pháp)", "SO_TU_PHAP", EnumSet.of(Role.UNIT_OFFICER), List.of(), "sotuphap"),
            new Account("skhcn.cchc", "Lê Thị Hoa (Sở Khoa học và Công nghệ)", "SO_KHCN",
                    EnumSet.of(Role.UNIT_OFFICER), List.of(), "sokhcn"),
            new Account("lanhdao", "Lê Hồng Vinh (Phó Chủ tịch Thường trực UBND tỉnh)", "UBND_TINH",
                    EnumSet.of(Role.LEADER), List.of("SO_NOI_VU", "SO_TU_PHAP", "SO_KHCN", "SO_TAI_CHINH"), "ubnd"),
            new Account("thamdinh", "Phạm Quốc Anh (thẩm định, Sở Tư pháp)", "SO_TU_PHAP",
                    EnumSet.of(Role.APPRAISER), List.of(), "sotuphap"),
            new Account("xem", "Hoàng Minh Đức (xem)", "VP_UBND", EnumSet.of(Role.VIEWER), List.of(), "vpubnd"));

    private final UserAdministration administration;
    private final Directory directory;
    private final Actors actors;

    DemoAccounts(UserAdministration administration, Directory directory, Actors actors) {
        this.administration = administration;
        this.directory = directory;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            for (Account a : ACCOUNTS) {
                if (administration.findByUsername(a.username()).isPresent()) {
                    continue;
                }
                UserForm form = new UserForm();
                form.setUsername(a.username());
                form.setFullName(a.fullName());
                form.setEmail(a.email());
                form.setUnitId(unit(a.unitCode()).id());
                form.setRoles(a.roles());
                form.setPassword(PASSWORD);
                form.setFollowedUnitIds(a.follows().stream().map(code -> unit(code).id()).toList());
                actors.as("admin", () -> administration.create(form));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UnitRef unit(String code) {
        return directory.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Demo account unit missing from the directory: " + code));
    }
}
