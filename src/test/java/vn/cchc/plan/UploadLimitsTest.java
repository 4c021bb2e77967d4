package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;
import vn.cchc.files.ZipBombs;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A Word file that unpacks hugely is refused wherever a plan takes uploads, before anything reads it. */
@UsesDemoData("the demo accounts")
class UploadLimitsTest extends CchcIntegrationTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aWordEvidenceFileThatUnpacksToHalfAGibibyteIsRefusedQuicklyAndNothingIsStored() throws Exception {
        long unit = PlanFixtures.unit(directory, "SO_TU_PHAP");
        PlanDraft draft = PlanFixtures.plan(List.of(PlanFixtures.task("1",
                "Rà soát thủ tục hành chính lĩnh vực hộ tịch", unit, "Sở Tư pháp", LocalDate.of(2030, 6, 30))));
        long planId = tx.execute(s -> publication.publish(draft, false)).planId();
        TaskRow task = store.tasks(TaskFilter.ofPlan(planId)).get(0);
        byte[] bomb = ZipBombs.docx(512L * 1024 * 1024);

        long start = System.nanoTime();
        mvc.perform(multipart("/plans/tasks/{id}/progress", task.id())
                        .file(new MockMultipartFile("files", "bao-cao-ket-qua.docx", DOCX, bomb))
                        .param("status", "IN_PROGRESS").param("percent", "50").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "plan.evidence.expandsTooMuch"));

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertThat(jdbc.sql("select count(*) from task_progress where task_id = ?").param(task.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void aPlanDocumentWithTooManyEntriesIsRefusedNamingTheFile() throws Exception {
        mvc.perform(multipart("/api/v1/plans/parse")
                        .file(new MockMultipartFile("file", "ke-hoach-cchc.docx", DOCX, ZipBombs.docxWithEntries(1000)))
                        .with(httpBasic("snv.cchc", vn.cchc.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("Không đọc được tệp \"ke-hoach-cchc.docx\": tệp Word/Excel chứa hơn "
                        + "1.000 thành phần nén, không phải văn bản thông thường."));
    }
}
