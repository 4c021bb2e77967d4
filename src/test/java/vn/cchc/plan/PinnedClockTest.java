package vn.cchc.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;
import vn.cchc.time.PinnableClock;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Today" is the application's clock: pinning it moves what is overdue, whatever the real date. */
class PinnedClockTest extends CchcIntegrationTest {

    @Autowired
    PinnableClock clock;
    @Autowired
    Plans store;

    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private long taskDueOn(LocalDate due) {
        PlanDraft.Task t = PlanFixtures.task("4", "Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công",
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", due);
        long planId = tx.execute(s -> publication.publish(PlanFixtures.plan(List.of(t)), false)).planId();
        return store.tasks(TaskFilter.ofPlan(planId)).get(0).id();
    }

    @Test
    void aTaskDueOnTheLastDayOfJune2031IsOverdueWhenTheClockIsPinnedToTheFirstOfJuly() {
        long task = taskDueOn(LocalDate.of(2031, 6, 30));
        assertThat(store.task(task).orElseThrow().state()).isNotEqualTo(TaskState.OVERDUE);

        clock.pin(LocalDate.of(2031, 7, 1));

        assertThat(store.task(task).orElseThrow().state()).isEqualTo(TaskState.OVERDUE);
    }

    @Test
    void onTheDueDayItselfTheTaskIsNotYetOverdue() {
        long task = taskDueOn(LocalDate.of(2031, 6, 30));

        clock.pin(LocalDate.of(2031, 6, 30));

        assertThat(store.task(task).orElseThrow().state()).isNotEqualTo(TaskState.OVERDUE);
    }
}
