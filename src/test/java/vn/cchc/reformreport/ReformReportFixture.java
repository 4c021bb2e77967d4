package vn.cchc.reformreport;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A department of its own for one test, valid only in 2025 (so today's lists do not see it), with the data its
 * quarter I report of 2025 (window 15/12/2024 to 14/03/2025) is drawn from: five tasks it leads in an issued plan and
 * five dossiers sent through the dossier ingest. What the appendix must show is worked out by hand in {@link #expected}.
 */
final class ReformReportFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    static final String PERIOD = "2025-QUARTER_I";

    final String unitCode;
    final long unitId;
    final String officer;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final Directory directory;

    ReformReportFixture(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.users = context.getBean(UserDetailsService.class);
        this.directory = context.getBean(Directory.class);
        int n = SEQ.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
        unitCode = "SO_BC_THU_" + n;
        unitId = jdbc.sql("""
                        insert into unit (code, name, kind, search_key, valid_from, valid_to)
                        values (?, ?, 'DEPARTMENT', ?, date '2024-12-01', date '2025-12-31') returning id""")
                .params(unitCode, "Sở Thử Báo Cáo " + n, "so thu bao cao " + n).query(Long.class).single();
        officer = new TestAccounts(context).create(Role.UNIT_OFFICER, unitCode);
    }

    UnitRef unit() {
        return directory.findByCode(unitCode).orElseThrow();
    }

    /**
     * Tasks led by the unit, with their effective due dates:
     * procedures due 31/01 done 20/01 (on time), due 28/02 done 05/03 (late), due 10/03 not started (overdue on 14/03),
     * a cancelled procedures task due 01/02 (left out); digital government due 14/03 in progress (not overdue on its
     * due day); institutions due 30/04 (after the window).
     */
    ReformReportFixture withTasks() {
        long plan = jdbc.sql("""
                        insert into plan (identity_key, doc_number, title, year, status)
                        values (?, ?, 'Kế hoạch cải cách hành chính năm 2025', 2025, 'ISSUED') returning id""")
                .params("reformreport-test|" + unitCode, "15/KH-" + unitCode).query(Long.class).single();
        task(plan, 1, "PROCEDURES", "2025-01-31", "NOT_STARTED", "DONE", "2025-01-20");
        task(plan, 2, "PROCEDURES", "2025-02-28", "NOT_STARTED", "DONE", "2025-03-05");
        task(plan, 3, "PROCEDURES", "2025-03-10", "NOT_STARTED", "NOT_STARTED", null);
        task(plan, 4, "PROCEDURES", "2025-02-01", "CANCELLED", "NOT_STARTED", null);
        task(plan, 5, "DIGITAL_GOVERNMENT", "2025-03-14", "IN_PROGRESS", "IN_PROGRESS", null);
        task(plan, 6, "INSTITUTIONS", "2025-04-30", "NOT_STARTED", "NOT_STARTED", null);
        return this;
    }

    private void task(long plan, int position, String area, String due, String taskStatus, String unitStatus, String completed) {
        long task = jdbc.sql("""
                        insert into plan_task (plan_id, task_key, position, content, area, status)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(plan, "t" + position, position, "Nhiệm vụ thử số " + position, area, taskStatus).query(Long.class).single();
        jdbc.sql("insert into plan_task_milestone (task_id, position, due, precision) values (?, 0, ?, 'DAY')")
                .params(task, LocalDate.parse(due)).update();
        jdbc.sql("""
                        insert into plan_task_assignee (task_id, role, unit_id, source, status, completed_on)
                        values (?, 'LEAD', ?, 'NAMED', ?, ?)""")
                .params(task, unitId, unitStatus, completed == null ? null : LocalDate.parse(completed)).update();
    }

    /**
     * Dossiers: received 20/12 online, digitised, paid online, finished 26/12 before its due 27/12 (on time);
     * received 10/01 at the desk, due 15/01, finished 20/01 with an apology (late); received 01/03 online and
     * digitised, not finished; received 10/12/2024 (before the window) and finished 16/12 on time (counted as
     * finished only); received 15/03 (after the window).
     */
    String dossierCsv() {
        String p = unitCode;
        return "code,procedure_code,unit_code,received_at,due_at,finished_at,channel,supplement_requests,"
                + "supplement_days,digitised,electronic_result,fee,paid_online,apology,synced,complaint\n"
                + p + "-1,2.000488," + p + ",2024-12-20 08:00,2024-12-27 17:00,2024-12-26 10:00,2,0,0,1,1,50000,1,0,1,0\n"
                + p + "-2,2.000488," + p + ",2025-01-10 08:00,2025-01-15 17:00,2025-01-20 10:00,1,0,0,0,0,0,0,1,1,0\n"
                + p + "-3,2.000488," + p + ",2025-03-01 08:00,2025-03-20 17:00,,2,0,0,1,0,0,0,0,1,0\n"
                + p + "-4,2.000488," + p + ",2024-12-10 08:00,2024-12-20 17:00,2024-12-16 10:00,1,0,0,0,0,0,0,0,1,0\n"
                + p + "-5,2.000488," + p + ",2025-03-15 08:00,2025-03-25 17:00,,2,0,0,1,0,0,0,0,1,0\n";
    }

    /** Runs {@code work} as the user, as a signed-in request would. */
    <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
