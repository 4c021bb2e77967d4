package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A task with several lead units: each reports its own part; the task's status follows from all of them. */
@UsesDemoData("the demo accounts")
class SharedTaskProgressTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    private TaskRow sharedTask(LocalDate due) {
        PlanDraft.Task t = PlanFixtures.task("2", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", due);
        PlanDraft.Task shared = t.withAgencies(List.of(t.lead().get(0),
                new PlanDraft.Agency("Sở Khoa học và Công nghệ", PlanFixtures.unit(directory, "SO_KHCN"))), t.coordinate());
        long planId = tx.execute(s -> publication.publish(PlanFixtures.plan(List.of(shared)), false)).planId();
        return store.tasks(TaskFilter.ofPlan(planId)).get(0);
    }

    private void reportDone(TaskRow task, String officer, String outputDate) throws Exception {
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).param("status", "DONE").param("outputDate", outputDate)
                .param("outputNumber", "12/BC").with(as(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        long entry = jdbc.sql("select max(id) from task_progress where task_id = ?").param(task.id()).query(Long.class).single();
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(task.id()))
                .with(as("snv.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theTaskIsDoneOnlyWhenEveryLeadUnitIsConfirmedDone() throws Exception {
        TaskRow task = sharedTask(LocalDate.of(2030, 6, 30));
        long soTuPhap = PlanFixtures.unit(directory, "SO_TU_PHAP");

        reportDone(task, "stp.cchc", "2030-03-01");
        TaskRow half = store.task(task.id()).orElseThrow();
        assertThat(half.state()).isEqualTo(TaskState.IN_PROGRESS);
        assertThat(half.percent()).isEqualTo(50);
        assertThat(half.asSeenBy(soTuPhap).state()).isEqualTo(TaskState.DONE_ON_TIME);

        reportDone(task, "skhcn.cchc", "2030-04-15");
        TaskRow done = store.task(task.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(TaskState.DONE_ON_TIME);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2030, 4, 15));
    }

    @Test
    void aSharedTaskIsOverdueWhileAnyLeadUnitIsLate() throws Exception {
        TaskRow task = sharedTask(LocalDate.of(2024, 3, 31));
        reportDone(task, "stp.cchc", "2024-03-20");
        TaskRow row = store.task(task.id()).orElseThrow();
        assertThat(row.state()).isEqualTo(TaskState.OVERDUE);
        assertThat(row.units()).extracting(TaskRow.UnitProgress::state)
                .containsExactly(TaskState.DONE_ON_TIME, TaskState.OVERDUE);
    }

    @Test
    void eachOfficerReportsForTheirOwnUnitAndTheTaskPageShowsEveryUnit() throws Exception {
        TaskRow task = sharedTask(LocalDate.of(2030, 6, 30));
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).param("status", "IN_PROGRESS").param("percent", "40")
                .with(as("skhcn.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select for_unit_id from task_progress where task_id = ?").param(task.id()).query(Long.class).single())
                .isEqualTo(PlanFixtures.unit(directory, "SO_KHCN"));
        TaskRow row = store.task(task.id()).orElseThrow();
        assertThat(row.units()).extracting(TaskRow.UnitProgress::percent).containsExactly(0, 40);
        assertThat(row.percent()).isEqualTo(20);
        mvc.perform(get("/plans/tasks/{id}", task.id()).with(as("stp.cchc")))
                .andExpect(content().string(containsString("unit-progress-row")))
                .andExpect(content().string(containsString("progress-for")));
    }

    @Test
    void aMemberOfAGroupReportsItsOwnPartOfTheGroupsTask() throws Exception {
        PlanDraft.Task t = PlanFixtures.task("3", "Tự kiểm tra công tác cải cách hành chính tại cơ quan, đơn vị",
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", LocalDate.of(2030, 11, 30));
        PlanDraft.Task byGroup = t.withAgencies(List.of(new PlanDraft.Agency("Các sở, ban, ngành", null, "DEPARTMENTS")),
                List.of());
        long planId = tx.execute(s -> publication.publish(PlanFixtures.plan(List.of(byGroup)), false)).planId();
        TaskRow task = store.tasks(TaskFilter.ofPlan(planId)).get(0);
        assertThat(task.units()).hasSizeGreaterThan(10).allMatch(TaskRow.UnitProgress::viaGroup);

        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).param("status", "IN_PROGRESS").param("percent", "60")
                .with(as("stp.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        TaskRow after = store.task(task.id()).orElseThrow();
        long soTuPhap = PlanFixtures.unit(directory, "SO_TU_PHAP");
        assertThat(after.asSeenBy(soTuPhap).percent()).isEqualTo(60);
        assertThat(after.units()).filteredOn(u -> u.unitId() != soTuPhap).allMatch(u -> u.percent() == 0);
    }
}
