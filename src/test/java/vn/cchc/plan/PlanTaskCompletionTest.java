package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;
import vn.cchc.scoring.ScoreSource.TaskCompletion;
import vn.cchc.vietnamese.Vietnamese;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Task completion as scoring reads it: a unit's lead tasks due in the year, and those confirmed done by their due
 * date. Each test works in a year of its own and compares with what the year held before, so other tests' plans
 * do not matter.
 */
@UsesDemoData("the demo accounts")
class PlanTaskCompletionTest extends CchcIntegrationTest {

    @Autowired
    PlanTaskCompletion completion;
    @Autowired
    Plans store;

    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MessageSource messages;

    private Map<String, TaskRow> publish(List<PlanDraft.Task> tasks) {
        long planId = tx.execute(s -> publication.publish(PlanFixtures.plan(tasks), false)).planId();
        return store.tasks(TaskFilter.ofPlan(planId)).stream().collect(Collectors.toMap(TaskRow::number, Function.identity()));
    }

    private PlanDraft.Task task(String number, LocalDate due) {
        return PlanFixtures.task(number, "Nhiệm vụ kiểm thử tỷ lệ hoàn thành số " + number,
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", due);
    }

    private void reportDone(TaskRow task, LocalDate outputDate, boolean confirm) throws Exception {
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).param("status", "DONE")
                .param("outputDate", outputDate.toString()).param("outputNumber", "15/BC")
                .with(as("stp.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        if (confirm) {
            confirmLatest(task);
        }
    }

    private void request(TaskRow task, String kind, LocalDate requestedDue) throws Exception {
        var r = post("/plans/tasks/{id}/request", task.id()).param("kind", kind).param("reason", "Lý do kiểm thử");
        if (requestedDue != null) {
            r = r.param("requestedDue", requestedDue.toString());
        }
        mvc.perform(r.with(as("stp.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        confirmLatest(task);
    }

    private void confirmLatest(TaskRow task) throws Exception {
        long entry = jdbc.sql("select max(id) from task_progress where task_id = ?").param(task.id()).query(Long.class).single();
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(task.id()))
                .with(as("snv.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private TaskCompletion now(long unitId, int year) {
        return completion.taskCompletion(unitId, year).orElse(new TaskCompletion(0, 0, null));
    }

    @Test
    void countsTheLeadTasksDueInTheYearAndThoseConfirmedDoneByTheirDueDate() throws Exception {
        int year = 2071;
        long soTuPhap = PlanFixtures.unit(directory, "SO_TU_PHAP");
        TaskCompletion before = now(soTuPhap, year);
        LocalDate due = LocalDate.of(year, 6, 30);
        Map<String, TaskRow> t = publish(List.of(task("1", due), task("2", due), task("3", due), task("4", due),
                task("5", LocalDate.of(year + 1, 3, 31))));
        reportDone(t.get("1"), due.minusDays(10), true);   // done on time
        reportDone(t.get("2"), due.plusDays(5), true);     // done late
        reportDone(t.get("3"), due.minusDays(1), false);   // awaiting confirmation: not done yet
        // 4 not started; 5 due the next year

        TaskCompletion after = completion.taskCompletion(soTuPhap, year).orElseThrow();
        assertThat(after.tasksDue() - before.tasksDue()).isEqualTo(4);
        assertThat(after.doneOnTime() - before.doneOnTime()).isEqualTo(1);
        assertThat(after.source()).isEqualTo(messages.getMessage("plan.score.source", new Object[]{
                String.valueOf(after.doneOnTime()), String.valueOf(after.tasksDue()), String.valueOf(year)},
                Vietnamese.LOCALE));
        assertThat(after.source()).startsWith("Kế hoạch: " + after.doneOnTime() + "/" + after.tasksDue()
                + " nhiệm vụ chủ trì đến hạn năm " + year);
        // Sở Khoa học và Công nghệ leads none of them
        long khcn = PlanFixtures.unit(directory, "SO_KHCN");
        assertThat(now(khcn, year).tasksDue()).isEqualTo(0);
    }

    @Test
    void cancelledTasksAndTasksExtendedIntoTheNextYearLeaveTheYear() throws Exception {
        int year = 2073;
        long soTuPhap = PlanFixtures.unit(directory, "SO_TU_PHAP");
        TaskCompletion before = now(soTuPhap, year);
        TaskCompletion nextBefore = now(soTuPhap, year + 1);
        LocalDate due = LocalDate.of(year, 9, 30);
        Map<String, TaskRow> t = publish(List.of(task("1", due), task("2", due), task("3", due)));
        request(t.get("1"), "CANCEL", null);
        LocalDate extended = LocalDate.of(year + 1, 2, 28);
        request(t.get("2"), "EXTENSION", extended);
        reportDone(store.task(t.get("2").id()).orElseThrow(), due.plusDays(20), true); // late for the milestone, on time for the extension

        assertThat(now(soTuPhap, year).tasksDue() - before.tasksDue()).isEqualTo(1);
        TaskCompletion next = now(soTuPhap, year + 1);
        assertThat(next.tasksDue() - nextBefore.tasksDue()).isEqualTo(1);
        assertThat(next.doneOnTime() - nextBefore.doneOnTime()).isEqualTo(1);
    }
}
