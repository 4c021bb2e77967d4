package vn.cchc.propaganda;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.plan.PlanDraft;
import vn.cchc.plan.PlanPublication;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The propaganda screens over an orientation of 2022 (a year no other test logs in): Sở Tư pháp's officer logs
 * through the content's form, the count typed the Vietnamese way; the tally, the quarter view and the outlet's list
 * show it.
 */
@UsesDemoData("the viewer account xem")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PropagandaPagesTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanPublication publication;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate tx;

    String justiceOfficer;
    long planId;
    long content;

    @BeforeAll
    void orientation() {
        justiceOfficer = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        PlanDraft.Task task = new PlanDraft.Task("Quý 1", "1", "PROPAGANDA",
                "Tuyên truyền Bộ thủ tục hành chính của Sở Tư pháp trên Báo Nghệ An", null,
                List.of(new PlanDraft.Agency("Báo Nghệ An", null)), List.of(), null, "UNSPECIFIED",
                List.of(), null, null, 1, false, List.of());
        PlanDraft orientation = new PlanDraft("12/SNV-CCHC", "OFFICIAL_LETTER",
                "Định hướng nội dung tuyên truyền cải cách hành chính năm 2022", "Sở Nội vụ", "Nghệ An",
                LocalDate.of(2022, 1, 6), null, null, 2022, null, null, null, List.of(), List.of(), List.of(task), List.of(), null);
        planId = tx.execute(s -> publication.publish(orientation, false)).planId();
        content = plans.tasks(TaskFilter.ofPlan(planId)).stream().map(TaskRow::id).findFirst().orElseThrow();
    }

    @Test
    void aCountOfOneThousandTwoHundredTypedTheVietnameseWayIsStoredAs1200AndAppearsInTheTally() throws Exception {
        mvc.perform(multipart("/propaganda/contents/{id}", content).with(as(justiceOfficer)).with(csrf())
                        .param("kind", "LEAFLET").param("count", "1.200").param("publishedOn", "15/02/2022")
                        .param("title", "Tờ rơi thủ tục hành chính lĩnh vực hộ tịch"))
                .andExpect(status().is3xxRedirection());
        int stored = jdbc.sql("select count from propaganda_output where task_id = ? and title = ?")
                .params(content, "Tờ rơi thủ tục hành chính lĩnh vực hộ tịch").query(Integer.class).single();
        assertThat(stored).isEqualTo(1200);
        String tally = mvc.perform(get("/propaganda").param("year", "2022").with(as(justiceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tally.replaceAll("\\s+", " "))
                .containsPattern("Quý 1</td> <td>Tờ rơi, tài liệu</td> <td>—</td> <td class=\"text-end\">1\\.200</td>");
    }

    @Test
    void anArticleLoggedThroughTheFormAppearsInItsOutletsListAndTheQuarterIsDelivered() throws Exception {
        mvc.perform(multipart("/propaganda/contents/{id}", content).with(as(justiceOfficer)).with(csrf())
                        .param("kind", "NEWS_ARTICLE").param("count", "1").param("publishedOn", "20/03/2022")
                        .param("outlet", "BAO_NGHE_AN").param("title", "Sở Tư pháp công khai bộ thủ tục hành chính")
                        .param("link", "https://baonghean.vn/so-tu-phap-cong-khai-thu-tuc"))
                .andExpect(status().is3xxRedirection());
        String outlet = mvc.perform(get("/propaganda/outlets/BAO_NGHE_AN").with(as(justiceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outlet).contains("Sở Tư pháp công khai bộ thủ tục hành chính").contains("Sở Tư pháp");
        String quarter = mvc.perform(get("/propaganda/plans/{id}", planId).param("quarter", "1").with(as(justiceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(quarter).contains("Đã thực hiện 1/1 nội dung của quý");
    }

    @Test
    void aCountWithADecimalCommaIsRefusedWithTheServicesMessageAndNothingIsStored() throws Exception {
        String page = mvc.perform(multipart("/propaganda/contents/{id}", content).with(as(justiceOfficer)).with(csrf())
                        .param("kind", "BANNER").param("count", "1,200").param("publishedOn", "01/03/2022")
                        .param("title", "Pano tuyên truyền CCHC tại trụ sở"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Số lượng: &quot;1,200&quot; phải là số nguyên từ 1 đến 100.000.");
        assertThat(jdbc.sql("select count(*) from propaganda_output where title = ?")
                .param("Pano tuyên truyền CCHC tại trụ sở").query(Long.class).single()).isZero();
    }

    @Test
    void aViewerHasNoLogForm() throws Exception {
        String page = mvc.perform(get("/propaganda/contents/{id}", content).with(as("xem")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"propaganda-form\"");
    }
}
