package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open a progress report's evidence file: the unit's own until the standing agency confirms it. */
@UsesDemoData("the demo accounts: stp.cchc of Sở Tư pháp, skhcn.cchc of Sở KH&CN, lanhdao following both, snv.cchc")
class EvidenceAccessTest extends CchcIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes();

    @Autowired
    PlanPublication publication;
    @Autowired
    Plans store;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    private long task;
    private long progress;
    private long file;

    private void postEvidence() throws Exception {
        long unit = PlanFixtures.unit(directory, "SO_TU_PHAP");
        PlanDraft draft = PlanFixtures.plan(List.of(PlanFixtures.task("1",
                "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch", unit, "Sở Tư pháp", LocalDate.of(2030, 6, 30))));
        long planId = tx.execute(s -> publication.publish(draft, false)).planId();
        task = store.tasks(TaskFilter.ofPlan(planId)).get(0).id();
        mvc.perform(multipart("/plans/tasks/{id}/progress", task)
                        .file(new MockMultipartFile("files", "bao-cao-ra-soat-ho-tich.pdf", "application/pdf", PDF))
                        .param("status", "DONE").param("outputNumber", "27/BC-STP").param("outputDate", "2030-05-12")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        progress = jdbc.sql("select max(id) from task_progress where task_id = ?").param(task).query(Long.class).single();
        file = jdbc.sql("select id from task_evidence where progress_id = ?").param(progress).query(Long.class).single();
    }

    @Test
    void anotherUnitsOfficerCannotOpenEvidenceThatIsNotConfirmedYet() throws Exception {
        postEvidence();

        mvc.perform(get("/plans/evidence/{id}", file).with(as("skhcn.cchc"))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/plans/tasks/{id}", task).with(as("skhcn.cchc"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("bao-cao-ra-soat-ho-tich.pdf").doesNotContain("/plans/evidence/" + file);
    }

    @Test
    void theUnitTheLeaderFollowingItAndTheStandingAgencyOpenItBeforeConfirmation() throws Exception {
        postEvidence();

        for (String reader : List.of("stp.cchc", "lanhdao", "snv.cchc")) {
            mvc.perform(get("/plans/evidence/{id}", file).with(as(reader))).andExpect(status().isOk());
        }
    }

    @Test
    void onceConfirmedTheEvidenceIsOpenToEveryOfficer() throws Exception {
        postEvidence();
        mvc.perform(post("/plans/progress/{id}/confirm", progress).param("taskId", Long.toString(task))
                .with(as("snv.cchc")).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/plans/evidence/{id}", file).with(as("skhcn.cchc"))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/plans/tasks/{id}", task).with(as("skhcn.cchc"))).andReturn().getResponse()
                .getContentAsString()).contains("/plans/evidence/" + file);
    }
}
