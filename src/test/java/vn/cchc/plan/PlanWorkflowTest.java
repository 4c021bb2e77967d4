package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@UsesDemoData("the demo accounts")
class PlanWorkflowTest extends CchcIntegrationTest {

    @Autowired
    Clock clock;

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    TaskFollowUp progress;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    private TaskRow publishOne(String leadCode, String leadName, LocalDate due) {
        long unit = PlanFixtures.unit(directory, leadCode);
        PlanDraft draft = PlanFixtures.plan(List.of(PlanFixtures.task("1",
                "Tổ chức Hội nghị triển khai nhiệm vụ CCHC năm 2024", unit, leadName, due)));
        long planId = tx.execute(s -> publication.publish(draft, false)).planId();
        return store.tasks(TaskFilter.ofPlan(planId)).get(0);
    }

    private long latestProgress(long taskId) {
        return jdbc.sql("select max(id) from task_progress where task_id = ?").param(taskId).query(Long.class).single();
    }

    @Test
    void publishingTheSameDocumentTwiceUpdatesInsteadOfCopying() {
        long unit = PlanFixtures.unit(directory, "SO_NOI_VU");
        PlanDraft draft = PlanFixtures.plan(List.of(
                PlanFixtures.task("1", "Ban hành Kế hoạch kiểm tra công tác CCHC năm 2024", unit, "Sở Nội vụ", LocalDate.of(2024, 3, 31)),
                PlanFixtures.task("2", "Tổ chức đánh giá, xếp hạng Chỉ số CCHC", unit, "Sở Nội vụ", LocalDate.of(2024, 6, 30))));
        PlanPublication.Published first = tx.execute(s -> publication.publish(draft, false));
        PlanPublication.Published second = tx.execute(s -> publication.publish(draft, false));
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.planId()).isEqualTo(first.planId());
        assertThat(jdbc.sql("select count(*) from plan where doc_number = ?").param(draft.number()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(store.tasks(TaskFilter.ofPlan(first.planId()))).hasSize(2);
    }

    @Test
    void anOfficerCannotPostProgressOnAnotherUnitsTaskThroughTheUi() throws Exception {
        TaskRow task = publishOne("SO_NOI_VU", "Sở Nội vụ", LocalDate.of(2024, 3, 31));
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).param("status", "IN_PROGRESS").param("percent", "50")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from task_progress where task_id = ?").param(task.id()).query(Long.class).single())
                .isZero();
        mvc.perform(get("/plans/tasks/{id}", task.id()).with(as("stp.cchc")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("progress-form"))));
    }

    @Test
    @WithUserDetails("stp.cchc")
    void anOfficerCannotPostProgressOnAnotherUnitsTaskThroughTheService() {
        TaskRow task = publishOne("SO_NOI_VU", "Sở Nội vụ", LocalDate.of(2024, 3, 31));
        assertThatThrownBy(() -> progress.post(task.id(), new TaskFollowUp.Post("IN_PROGRESS", 30, "thử", null, null, null),
                List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aConfirmedReportIsDoneOnTimeWhenTheOutputIsDatedByTheDeadline() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp", LocalDate.of(2024, 3, 31));
        assertThat(task.state()).isEqualTo(TaskState.OVERDUE);
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).file(new MockMultipartFile("files", "bao-cao.pdf",
                                "application/pdf", PDF))
                        .param("status", "DONE").param("outputNumber", "15/KH-STP").param("outputDate", "2024-03-20")
                        .param("note", "Đã ban hành kế hoạch").with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "plan.flash.posted"));
        assertThat(store.task(task.id()).orElseThrow().awaitingConfirmation()).isTrue();
        long entry = latestProgress(task.id());
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(task.id()))
                        .with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        TaskRow done = store.task(task.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(TaskState.DONE_ON_TIME);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'plan_task' and entity_id = ?")
                .param(Long.toString(task.id())).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aConfirmedReportWithALaterOutputIsDoneLate() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp", LocalDate.of(2024, 3, 31));
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).param("status", "DONE")
                        .param("outputDate", "2024-04-15").with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long entry = latestProgress(task.id());
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(task.id()))
                .with(as("stp.cchc")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(task.id()))
                .with(as("snv.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        TaskRow done = store.task(task.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(TaskState.DONE_LATE);
        assertThat(done.daysLate()).isEqualTo(15);
    }

    @Test
    void aReturnedReportNeedsAReasonAndShowsAsReturned() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp", LocalDate.of(2030, 3, 31));
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id()).param("status", "DONE")
                .with(as("stp.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        long entry = latestProgress(task.id());
        mvc.perform(post("/plans/progress/{id}/return", entry).param("taskId", Long.toString(task.id())).param("reason", " ")
                        .with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "plan.error.reasonRequired"));
        mvc.perform(post("/plans/progress/{id}/return", entry).param("taskId", Long.toString(task.id()))
                        .param("reason", "Chưa có số, ngày văn bản").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "plan.flash.returned"));
        TaskRow returned = store.task(task.id()).orElseThrow();
        assertThat(returned.returned()).isTrue();
        assertThat(returned.state()).isEqualTo(TaskState.IN_PROGRESS);
        mvc.perform(get("/my-tasks").with(as("stp.cchc")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bị trả lại")));
    }

    @Test
    void overdueIsDerivedFromTheMilestonesAndToday() {
        TaskRow past = publishOne("SO_KHCN", "Sở Khoa học và Công nghệ", LocalDate.of(2024, 3, 31));
        TaskRow future = publishOne("SO_KHCN", "Sở Khoa học và Công nghệ", LocalDate.now(clock).plusDays(10));
        assertThat(past.state()).isEqualTo(TaskState.OVERDUE);
        assertThat(past.daysLate()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 31), LocalDate.now(clock)));
        assertThat(future.state()).isEqualTo(TaskState.NOT_STARTED);
        assertThat(store.tasks(TaskFilter.ofPlan(past.planId()), LocalDate.of(2024, 3, 31)).get(0).state())
                .isEqualTo(TaskState.NOT_STARTED);
    }

    @Test
    void anExtensionIsGrantedOnceAndMovesTheDeadline() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp", LocalDate.of(2024, 3, 31));
        mvc.perform(post("/plans/tasks/{id}/request", task.id()).param("kind", "EXTENSION").param("reason", "Chờ ý kiến Bộ Tư pháp")
                .param("requestedDue", "2099-06-30").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "plan.flash.requested"));
        mvc.perform(post("/plans/progress/{id}/confirm", latestProgress(task.id())).param("taskId", Long.toString(task.id()))
                .with(as("snv.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        TaskRow extended = store.task(task.id()).orElseThrow();
        assertThat(extended.due()).isEqualTo(LocalDate.of(2099, 6, 30));
        assertThat(extended.state()).isEqualTo(TaskState.NOT_STARTED);
        mvc.perform(post("/plans/tasks/{id}/request", task.id()).param("kind", "EXTENSION").param("reason", "Lần hai")
                .param("requestedDue", "2099-12-31").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "plan.error.extensionUsed"));
    }

    @Test
    void anEvidenceFileIsCheckedByItsContentNotItsName() throws Exception {
        TaskRow task = publishOne("SO_TU_PHAP", "Sở Tư pháp", LocalDate.of(2030, 3, 31));
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id())
                        .file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf",
                                "Đây không phải tệp PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("status", "IN_PROGRESS").param("percent", "50").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "plan.evidence.badType"));
        assertThat(jdbc.sql("select count(*) from task_progress where task_id = ?").param(task.id()).query(Long.class).single())
                .isZero();
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id())
                        .file(new MockMultipartFile("files", "anh-hoi-nghi.txt", "text/plain", PDF))
                        .param("status", "IN_PROGRESS").param("percent", "50").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "plan.flash.posted"));
        String type = jdbc.sql("""
                select e.content_type from task_evidence e join task_progress p on p.id = e.progress_id where p.task_id = ?""")
                .param(task.id()).query(String.class).single();
        assertThat(type).isEqualTo("application/pdf");
    }
}
