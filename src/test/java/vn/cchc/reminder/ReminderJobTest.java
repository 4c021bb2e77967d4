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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily job over pinned days of June and July 2025: a task due on Wednesday 25/06/2025 is reminded 7 and 1
 * working days before (Monday 16/06, Tuesday 24/06), then on the first working day overdue (Thursday 26/06) and
 * five working days later (Thursday 03/07), each once, and to the lead unit's officers only.
 */
class ReminderJobTest extends CchcIntegrationTest {

    private static final LocalDate DUE = LocalDate.of(2025, 6, 25);

    @Autowired
    ReminderJob.DailyRun job;
    @Autowired
    Reminders reminders;
    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationContext context;

    private ReminderFixture fixture;
    private String officer;
    private long task;

    @BeforeEach
    void aTaskOfThanhTraTinhDueOn25June() {
        fixture = new ReminderFixture(context);
        officer = fixture.account(Role.UNIT_OFFICER);
        task = fixture.taskDue(DUE, "Kiểm tra công vụ việc giải quyết thủ tục hành chính tại Bộ phận Một cửa các xã");
    }

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private void runOn(LocalDate day) {
        clock.pin(day);
        job.on(day);
    }

    private List<String> notices() {
        return fixture.noticesAbout(officer, task, "REMINDER");
    }

    @Test
    void eachReminderOfTheTaskArrivesOnceOnTheWorkingDayItFallsOn() {
        runOn(LocalDate.of(2025, 6, 13));
        assertThat(notices()).as("8 working days before").isEmpty();

        runOn(LocalDate.of(2025, 6, 16));
        assertThat(notices()).containsExactly(task + "/TASK_DUE_IN_7");

        for (LocalDate day = LocalDate.of(2025, 6, 17); !day.isAfter(LocalDate.of(2025, 7, 3)); day = day.plusDays(1)) {
            runOn(day);
        }

        assertThat(notices()).containsExactly(task + "/TASK_DUE_IN_7", task + "/TASK_DUE_IN_1",
                task + "/TASK_OVERDUE/W1", task + "/TASK_OVERDUE/W2");
    }

    @Test
    void theSameDayRunTwiceSendsNothingNew() {
        runOn(LocalDate.of(2025, 6, 24));
        List<String> first = notices();

        clock.pin(LocalDate.of(2025, 6, 24));
        int again = reminders.send(LocalDate.of(2025, 6, 24));

        assertThat(first).containsExactly(task + "/TASK_DUE_IN_1");
        assertThat(again).isZero();
        assertThat(notices()).isEqualTo(first);
    }

    @Test
    void theWeeklyOverdueReminderOfTheSecondWeekIsANewNoticeNotTheFirstAgain() {
        runOn(LocalDate.of(2025, 6, 26));
        runOn(LocalDate.of(2025, 7, 2));
        assertThat(notices()).containsExactly(task + "/TASK_OVERDUE/W1");

        runOn(LocalDate.of(2025, 7, 3));

        assertThat(notices()).containsExactly(task + "/TASK_OVERDUE/W1", task + "/TASK_OVERDUE/W2");
    }

    @Test
    void aSaturdayBringsNoReminder() {
        runOn(LocalDate.of(2025, 6, 21));

        assertThat(reminders.on(LocalDate.of(2025, 6, 21))).isEmpty();
        assertThat(notices()).isEmpty();
    }

    @Test
    void anOfficerOfAnotherUnitIsNotReminded() {
        String other = new vn.cchc.security.TestAccounts(context).create(Role.UNIT_OFFICER, "SO_NGOAI_VU");

        runOn(LocalDate.of(2025, 6, 16));

        assertThat(notices()).containsExactly(task + "/TASK_DUE_IN_7");
        assertThat(fixture.noticesAbout(other, task, "REMINDER")).isEmpty();
    }

    @Test
    void aTaskReportedDoneIsNotRemindedAnyMore() {
        jdbc.sql("update plan_task_assignee set status = 'DONE', percent = 100, completed_on = ? where task_id = ?")
                .params(LocalDate.of(2025, 6, 20), task).update();

        runOn(LocalDate.of(2025, 6, 24));

        assertThat(notices()).isEmpty();
    }

    @Test
    void aTaskDueInAYearWithoutAHolidayTableIsStillRemindedAndStopsNothing() {
        // 2023 has no table (they start with 2024): Thursday 28 and Friday 29/12/2023 count as working days,
        // Monday 1/1/2024 is New Year, so Friday 5/1/2024 is the sixth working day overdue: the second week's reminder
        long old = fixture.taskDue(LocalDate.of(2023, 12, 27), "Rà soát quy chế làm việc của Bộ phận Một cửa");

        runOn(LocalDate.of(2024, 1, 5));

        assertThat(fixture.noticesAbout(officer, old, "REMINDER")).containsExactly(old + "/TASK_OVERDUE/W2");
    }
}
