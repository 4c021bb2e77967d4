package vn.cchc.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarConcurrencyTest extends CchcIntegrationTest {

    private static final int YEAR = 2041;

    @Autowired
    CalendarAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationContext context;

    @Test
    void eightAdministratorsSavingTheSameYearAtOnceCreateItOnce() throws Exception {
        String administrator = new TestAccounts(context).create(Role.ADMIN, "SO_NOI_VU");
        UserDetails admin = users.loadUserByUsername(administrator);
        List<DayRow> rows = YearProposal.of(YEAR).stream()
                .map(e -> new DayRow(e.day().toString(), e.kind().name(), e.reason())).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                saves.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
                    start.await();
                    try {
                        administration.createYear(YEAR, rows, false, "Đề xuất", administrator);
                        return true;
                    } catch (CalendarRejected refused) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Boolean> f : saves) {
                created += f.get() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from calendar_day where year = ?").param(YEAR).query(Integer.class).single())
                .isEqualTo(rows.size());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'calendar_year' and entity_id = ?")
                .param(String.valueOf(YEAR)).query(Integer.class).single()).isEqualTo(1);
    }
}
