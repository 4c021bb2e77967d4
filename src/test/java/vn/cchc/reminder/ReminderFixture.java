package vn.cchc.reminder;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.directory.Directory;
import vn.cchc.plan.PlanDraft;
import vn.cchc.plan.PlanPublication;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reminder tests' own data: plans of their own (each numbered apart) with one task led by Thanh tra tỉnh, a unit
 * no other test works for, and fresh accounts of that unit. Tasks are due in 2025, whose calendar table is seeded.
 */
public final class ReminderFixture {

    public static final String UNIT = "THANH_TRA_TINH";
    private static final AtomicInteger SEQ = new AtomicInteger(500);

    private final PlanPublication publication;
    private final TransactionTemplate tx;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final TestAccounts accounts;

    public ReminderFixture(ApplicationContext context) {
        this.publication = context.getBean(PlanPublication.class);
        this.tx = context.getBean(TransactionTemplate.class);
        this.directory = context.getBean(Directory.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.accounts = new TestAccounts(context);
    }

    /** A fresh account of the unit with the role (following the unit, for a leader); its username. */
    public String account(Role role) {
        return role == Role.LEADER ? accounts.create(role, "UBND_TINH", UNIT) : accounts.create(role, UNIT);
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    public long unitId() {
        return directory.idOf(UNIT);
    }

    /** Publishes a plan of its own whose one task Thanh tra tỉnh leads, due on that day; the task's id. */
    public long taskDue(LocalDate due, String content) {
        int n = SEQ.incrementAndGet();
        PlanDraft.Task task = new PlanDraft.Task("II", "1", "PROCEDURES", content, "Chủ tịch UBND tỉnh",
                List.of(new PlanDraft.Agency("Thanh tra tỉnh", unitId())), List.of(), "Trước ngày " + due,
                "DATED", List.of(new PlanDraft.Due(due, "DAY")), null, "Báo cáo kết quả", null, false, List.of());
        PlanDraft plan = new PlanDraft(n + "/KH-TTr", "PLAN",
                "Kế hoạch thanh tra công vụ, kiểm tra cải cách hành chính năm 2025", "THANH TRA TỈNH NGHỆ AN", "Nghệ An",
                LocalDate.of(2025, 1, 6), "Nguyễn Văn Hùng", "CHÁNH THANH TRA", 2025,
                "Kỷ cương, kỷ luật hành chính", "Kiểm tra việc thực hiện nhiệm vụ cải cách hành chính", null,
                List.of(), List.of(), List.of(task), List.of(), null);
        long planId = tx.execute(s -> publication.publish(plan, false)).planId();
        return jdbc.sql("select id from plan_task where plan_id = ?").param(planId).query(Long.class).single();
    }

    /** The thing ids of the user's notices about the task (the task id, the kind and the occurrence). */
    public List<String> noticesAbout(String username, long taskId, String reason) {
        return jdbc.sql("""
                        select n.thing_id from notification n join app_user u on u.id = n.user_id
                        where u.username = ? and n.thing_type = 'plan_task' and n.thing_id like ? and n.reason = ?
                        order by n.id""")
                .params(username, taskId + "/%", reason).query(String.class).list();
    }
}
