package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/** A progress report is posted, confirmed or returned once, and never decided by its own author or unit. */
@RecordApplicationEvents
@UsesDemoData("the demo accounts")
class ProgressDecisionTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEvents events;

    private TaskRow publishOne(String leadCode, String leadName) {
        long unit = PlanFixtures.unit(directory, leadCode);
        PlanDraft draft = PlanFixtures.plan(List.of(PlanFixtures.task("1",
                "Rà soát, đơn giản hóa thủ tục hành chính nội bộ năm 2025", unit, leadName, LocalDate.of(2030, 6, 30))));
        long planId = tx.execute(s -> publication.publish(draft, false)).planId();
        return store.tasks(TaskFilter.ofPlan(planId)).get(0);
    }

    private MvcResult reportDone(long taskId, String username) throws Exception {
        return mvc.perform(multipart("/plans/tasks/{id}/progress", taskId).param("status", "DONE")
                .param("note", "Đã ban hành Quyết định công bố danh mục").with(as(username)).with(csrf())).andReturn();
    }

    private MvcResult decide(String action, long entry, long taskId, String username) throws Exception {
        return mvc.perform(post("/plans/progress/{id}/" + action, entry).param("taskId", Long.toString(taskId))
                .param("reason", "Thiếu số, ngày của văn bản").with(as(username)).with(csrf())).andReturn();
    }

    private long latestProgress(long taskId) {
        return jdbc.sql("select max(id) from task_progress where task_id = ?").param(taskId).query(Long.class).single();
    }

    private static long count(List<MvcResult> results, String flash, String key) {
        return results.stream().filter(r -> key.equals(r.getFlashMap().get(flash))).count();
    }

    @Test
    void twentyParallelDoneReportsCreateOneCompletionReport() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp");
        List<MvcResult> results = Parallel.times(20, () -> reportDone(task.id(), "stp.cchc"));
        assertThat(results).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
        assertThat(count(results, "flashSuccess", "plan.flash.posted")).isEqualTo(1);
        assertThat(count(results, "flashError", "plan.error.closed")).isEqualTo(19);
        assertThat(jdbc.sql("select count(*) from task_progress where task_id = ? and review = 'AWAITING'")
                .param(task.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyParallelConfirmationsConfirmOnce() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp");
        reportDone(task.id(), "stp.cchc");
        long entry = latestProgress(task.id());
        List<MvcResult> results = Parallel.times(20, () -> decide("confirm", entry, task.id(), "snv.cchc"));
        assertThat(count(results, "flashSuccess", "plan.flash.confirmed")).isEqualTo(1);
        assertThat(count(results, "flashError", "plan.error.notAwaiting")).isEqualTo(19);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'task_progress' and entity_id = ? and action = 'UPDATE'")
                .param(Long.toString(entry)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyParallelReturnsReturnOnce() throws Exception {
        TaskRow task = publishOne("SO_KHCN", "Sở Khoa học và Công nghệ");
        reportDone(task.id(), "skhcn.cchc");
        long entry = latestProgress(task.id());
        List<MvcResult> results = Parallel.times(20, () -> decide("return", entry, task.id(), "snv.cchc"));
        assertThat(count(results, "flashSuccess", "plan.flash.returned")).isEqualTo(1);
        assertThat(count(results, "flashError", "plan.error.notAwaiting")).isEqualTo(19);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'task_progress' and entity_id = ? and action = 'UPDATE'")
                .param(Long.toString(entry)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theStandingAgencysOfficerCannotConfirmTheStandingAgencysOwnProgress() throws Exception {
        TaskRow task = publishOne("SO_NOI_VU", "Sở Nội vụ");
        reportDone(task.id(), "admin");
        long entry = latestProgress(task.id());
        assertThat(decide("confirm", entry, task.id(), "snv.cchc").getFlashMap().get("flashError")).isEqualTo("plan.error.ownUnit");
        assertThat(store.task(task.id()).orElseThrow().awaitingConfirmation()).isTrue();
    }

    @Test
    void aLeaderWhoFollowsTheStandingAgencyConfirmsItsProgress() throws Exception {
        TaskRow task = publishOne("SO_NOI_VU", "Sở Nội vụ");
        reportDone(task.id(), "admin");
        long entry = latestProgress(task.id());
        assertThat(decide("confirm", entry, task.id(), "lanhdao").getFlashMap().get("flashSuccess")).isEqualTo("plan.flash.confirmed");
        assertThat(store.task(task.id()).orElseThrow().status()).isEqualTo("DONE");
    }

    @Test
    void theTaskPageTellsTheStandingAgencyWhyItCannotConfirmItsOwnProgress() throws Exception {
        TaskRow task = publishOne("SO_NOI_VU", "Sở Nội vụ");
        reportDone(task.id(), "admin");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/plans/tasks/{id}", task.id())
                        .with(as("snv.cchc")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("không xác nhận, trả lại báo cáo của chính đơn vị mình"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("confirm-button")))));
    }

    @Test
    void theTaskPageOffersTheFollowingLeaderToConfirmTheStandingAgencysProgress() throws Exception {
        TaskRow task = publishOne("SO_NOI_VU", "Sở Nội vụ");
        reportDone(task.id(), "admin");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/plans/tasks/{id}", task.id())
                        .with(as("lanhdao")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("confirm-button")));
    }

    @Test
    void nobodyConfirmsAReportTheyPostedThemselves() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp");
        reportDone(task.id(), "admin");
        long entry = latestProgress(task.id());
        assertThat(decide("confirm", entry, task.id(), "admin").getFlashMap().get("flashError")).isEqualTo("plan.error.ownWork");
        assertThat(store.task(task.id()).orElseThrow().awaitingConfirmation()).isTrue();
    }

    @Test
    void aConfirmationPublishesProgressConfirmedWithTheUnitAndTheActingUser() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp");
        reportDone(task.id(), "stp.cchc");
        long entry = latestProgress(task.id());
        decide("confirm", entry, task.id(), "snv.cchc");
        long unit = PlanFixtures.unit(directory, "SO_TU_PHAP");
        long officer = jdbc.sql("select id from app_user where username = 'snv.cchc'").query(Long.class).single();
        assertThat(events.stream(ProgressConfirmed.class))
                .containsExactly(new ProgressConfirmed(entry, task.id(), unit, officer));
    }

    @Test
    void aReturnPublishesProgressReturnedWithTheReason() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp");
        reportDone(task.id(), "stp.cchc");
        long entry = latestProgress(task.id());
        decide("return", entry, task.id(), "snv.cchc");
        assertThat(events.stream(ProgressReturned.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Thiếu số, ngày của văn bản"));
    }
}
