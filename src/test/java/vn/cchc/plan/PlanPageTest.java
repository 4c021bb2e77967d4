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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@UsesDemoData("the demo accounts, the seed plans")
class PlanPageTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    private long planId(String number) {
        return jdbc.sql("select id from plan where doc_number = ?").param(number).query(Long.class).single();
    }

    @Test
    void theTimelineGroupsSeed001sMilestonesByMonth() throws Exception {
        long plan = planId("02/KH-BCĐ");
        LocalDate first = jdbc.sql("""
                        select min(m.due) from plan_task_milestone m join plan_task t on t.id = m.task_id where t.plan_id = ?""")
                .param(plan).query(LocalDate.class).single();
        mvc.perform(get("/plans/{id}", plan).with(as("snv.cchc")))
                .andExpect(content().string(containsString("data-month=\"" + first.getYear() + "-" + first.getMonthValue() + "\"")))
                .andExpect(content().string(containsString("Tháng " + first.getMonthValue() + "/" + first.getYear())));
    }

    @Test
    void thePropagandaOrientationIsShownQuarterByQuarter() throws Exception {
        String page = mvc.perform(get("/plans/{id}", planId("/SNV-CCHC")).with(as("stp.cchc")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"quarter-view\"", "data-quarter=\"1\"", "data-quarter=\"2\"", "data-quarter=\"3\"",
                "data-quarter=\"4\"");
    }

    @Test
    void seed003sIssuerIsShownByTheProvincialCommitteesProperName() throws Exception {
        mvc.perform(get("/plans/{id}", planId("2228/QĐ-UBND")).with(as("snv.cchc")))
                .andExpect(content().string(containsString(">Ủy ban nhân dân tỉnh Nghệ An</a>")))
                .andExpect(content().string(containsString("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")));
    }

    @Test
    void aReferenceToAPlanInTheSystemLinksToIt() throws Exception {
        long seed001 = planId("02/KH-BCĐ");
        PlanDraft base = PlanFixtures.plan(List.of(PlanFixtures.task("1", "Xây dựng kế hoạch CCHC của Sở",
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", LocalDate.of(2024, 2, 28))));
        PlanDraft implementing = new PlanDraft(base.number(), base.type(), base.title(), "Sở Tư pháp", base.place(), base.date(),
                base.signer(), base.signerTitle(), base.year(), null, null, null,
                List.of(new PlanDraft.Reference("02/KH-BCĐ", LocalDate.of(2024, 1, 25), "IMPLEMENTS")), List.of(),
                base.tasks(), List.of(), null);
        long plan = tx.execute(s -> publication.publish(implementing, false)).planId();
        mvc.perform(get("/plans/{id}", plan).with(as("stp.cchc")))
                .andExpect(content().string(containsString("href=\"/plans/" + seed001 + "\">02/KH-BCĐ</a>")));
    }

    @Test
    void theStandingAgencyClosesAPlanWithAReasonAndItsTasksLeaveTheUnitsList() throws Exception {
        long stp = PlanFixtures.unit(directory, "SO_TU_PHAP");
        long plan = tx.execute(s -> publication.publish(PlanFixtures.plan(List.of(PlanFixtures.task("1",
                "Tổng kết Chương trình tổng thể CCHC giai đoạn 2021-2030", stp, "Sở Tư pháp", LocalDate.of(2024, 6, 30)))), false)).planId();
        long task = store.tasks(TaskFilter.ofPlan(plan)).get(0).id();
        mvc.perform(post("/plans/{id}/close", plan).param("reason", "Đã thay bằng kế hoạch mới").with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/close", plan).param("reason", " ").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "plan.error.reasonRequired"));
        mvc.perform(post("/plans/{id}/close", plan).param("reason", "Đã thay bằng kế hoạch mới").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "plan.flash.closed"));

        assertThat(store.plan(plan).orElseThrow().status()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("select summary from audit_entry where entity_type = 'plan' and entity_id = ? order by id desc limit 1")
                .param(Long.toString(plan)).query(String.class).single()).contains("Đã thay bằng kế hoạch mới");
        mvc.perform(get("/my-tasks").with(as("stp.cchc")))
                .andExpect(content().string(not(containsString("data-task-id=\"" + task + "\""))));
    }
}
