package vn.cchc.reminder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.time.PinnableClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation after {@code cchc.escalation.after-working-days} (5) working days overdue, across Tết 2025: a task due
 * Friday 24/01/2025 is 5 working days late on Friday 07/02/2025, since 25/01–02/02 are days off. The unit's head and
 * the leader who follows the unit are told then, once; the unit's officer gets reminders, not the escalation.
 */
class EscalationTest extends CchcIntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2025, 1, 24);

    @Autowired
    ReminderJob.DailyRun job;
    @Autowired
    Escalations escalations;
    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationContext context;

    private ReminderFixture fixture;
    private String head;
    private String leader;
    private String officer;
    private long task;

    @BeforeEach
    void aTaskDueTheFridayBeforeTet() {
        fixture = new ReminderFixture(context);
        head = fixture.account(Role.UNIT_HEAD);
        leader = fixture.account(Role.LEADER);
        officer = fixture.account(Role.UNIT_OFFICER);
        task = fixture.taskDue(DUE, "Thanh tra trách nhiệm thực hiện quy định về tiếp nhận, giải quyết hồ sơ trực tuyến");
    }

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private void runOn(LocalDate day) {
        clock.pin(day);
        job.on(day);
    }

    @Test
    void theDefaultIsFiveWorkingDays() {
        assertThat(escalations.afterWorkingDays()).isEqualTo(5);
    }

    @Test
    void fourWorkingDaysAfterTetIsNotYetAnEscalation() {
        runOn(LocalDate.of(2025, 2, 6));

        assertThat(fixture.noticesAbout(head, task, "ESCALATION")).isEmpty();
        assertThat(fixture.noticesAbout(leader, task, "ESCALATION")).isEmpty();
    }

    @Test
    void onTheFifthWorkingDayAfterTheDueDayTheHeadAndTheFollowingLeaderAreToldOnce() {
        runOn(LocalDate.of(2025, 2, 6));
        runOn(LocalDate.of(2025, 2, 7));
        runOn(LocalDate.of(2025, 2, 7));
        runOn(LocalDate.of(2025, 2, 10));

        assertThat(fixture.noticesAbout(head, task, "ESCALATION")).containsExactly(task + "/E1");
        assertThat(fixture.noticesAbout(leader, task, "ESCALATION")).containsExactly(task + "/E1");
        assertThat(fixture.noticesAbout(officer, task, "ESCALATION")).isEmpty();
        List<Map<String, Object>> rows = jdbc.sql("""
                        select level, escalated_on, told from reminder_escalation
                        where thing_type = 'plan_task' and thing_id = ?""")
                .param(String.valueOf(task)).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("level", 1).containsEntry("told", headsAndFollowers())
                .containsEntry("escalated_on", java.sql.Date.valueOf(LocalDate.of(2025, 2, 7)));
    }

    /** Everyone who should hear of the unit's escalations: its heads and the leaders following it (other tests add some). */
    private int headsAndFollowers() {
        return jdbc.sql("""
                        select count(distinct u.id) from app_user u join app_user_role r on r.user_id = u.id
                        where u.enabled and ((r.role = 'UNIT_HEAD' and u.unit_id = ?)
                           or (r.role = 'LEADER' and exists (select 1 from app_user_followed_unit f
                                                             where f.user_id = u.id and f.unit_id = ?)))""")
                .params(fixture.unitId(), fixture.unitId()).query(Integer.class).single();
    }

    @Test
    void tenWorkingDaysOverdueIsTheSecondLevel() {
        runOn(LocalDate.of(2025, 2, 7));
        runOn(LocalDate.of(2025, 2, 14));

        assertThat(fixture.noticesAbout(head, task, "ESCALATION")).containsExactly(task + "/E1", task + "/E2");
    }

    @Test
    void eachEscalationIsAudited() {
        runOn(LocalDate.of(2025, 2, 7));

        long id = jdbc.sql("select id from reminder_escalation where thing_type = 'plan_task' and thing_id = ?")
                .param(String.valueOf(task)).query(Long.class).single();
        assertThat(jdbc.sql("select summary from audit_entry where entity_type = 'reminder_escalation' and entity_id = ?")
                .param(String.valueOf(id)).query(String.class).single())
                .contains("Cảnh báo cấp 1").contains("quá hạn 5 ngày làm việc").contains("24/01/2025");
    }
}
