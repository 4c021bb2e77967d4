package vn.cchc.security;

import org.springframework.context.ApplicationContext;
import vn.cchc.directory.Directory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh accounts for one test, each with a name of its own, in a unit of the reference directory (loaded at every
 * start, demo or not): a test that only needs "an officer of Sở Tư pháp" makes one and changes nobody else's account.
 * Created as the installation creates its first accounts, without a signed-in administrator.
 */
public final class TestAccounts {

    /** Long enough, letters and digits, not built from any of the names below. */
    public static final String PASSWORD = "Kiemthu@2026nghean";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserAdministration administration;
    private final Directory directory;

    public TestAccounts(ApplicationContext context) {
        this.administration = context.getBean(UserAdministration.class);
        this.directory = context.getBean(Directory.class);
    }

    /** A new account holding {@code role} in the unit with {@code unitCode}, following {@code followedUnitCodes}; its username. */
    public String create(Role role, String unitCode, String... followedUnitCodes) {
        String username = "kt" + SEQ.incrementAndGet() + "." + role.name().toLowerCase().replace('_', '.');
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Cán bộ kiểm thử " + SEQ.get() + " (" + unitCode + ")");
        form.setUnitId(directory.idOf(unitCode));
        form.setRoles(EnumSet.of(role));
        form.setPassword(PASSWORD);
        form.setFollowedUnitIds(Arrays.stream(followedUnitCodes).map(directory::idOf).toList());
        administration.createUnchecked(form);
        return username;
    }
}
