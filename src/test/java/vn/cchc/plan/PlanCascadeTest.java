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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** From a provincial plan to a unit's own plan, task by task, and back up as progress. */
@UsesDemoData("the demo accounts")
class PlanCascadeTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    /** A provincial plan: Sở Tư pháp leads one task, coordinates one (through "Các sở, ban, ngành"), has no part in one. */
    private long provincialPlan() {
        long stp = PlanFixtures.unit(directory, "SO_TU_PHAP");
        long snv = PlanFixtures.unit(directory, "SO_NOI_VU");
        PlanDraft.Task led = PlanFixtures.task("1", "Rà soát, công bố thủ tục hành chính", stp, "Sở Tư pháp", LocalDate.of(2030, 6, 30));
        PlanDraft.Task coordinated = PlanFixtures.task("2", "Đánh giá Chỉ số CCHC năm", snv, "Sở Nội vụ", LocalDate.of(2030, 9, 30))
                .withAgencies(List.of(new PlanDraft.Agency("Sở Nội vụ", snv)),
                        List.of(new PlanDraft.Agency("Các sở, ban, ngành", null, "DEPARTMENTS")));
        PlanDraft.Task other = PlanFixtures.task("3", "Kiểm tra công tác CCHC", snv, "Sở Nội vụ", LocalDate.of(2030, 10, 31));
        return tx.execute(s -> publication.publish(PlanFixtures.plan(List.of(led, coordinated, other)), false)).planId();
    }

    private long cascade(long planId, String user, String unitCode) throws Exception {
        String url = mvc.perform(post("/plans/{id}/cascade", planId).param("unitId", Long.toString(PlanFixtures.unit(directory, unitCode)))
                        .with(as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void anOfficerDraftsTheirUnitsPlanWithTheTasksItLeadsOrCoordinatesEachLinkedToItsParent() throws Exception {
        long planId = provincialPlan();
        long draft = cascade(planId, "stp.cchc", "SO_TU_PHAP");
        PlanSummary plan = store.plan(draft).orElseThrow();
        assertThat(plan.status()).isEqualTo("DRAFT");
        assertThat(plan.parentPlanId()).isEqualTo(planId);
        List<TaskRow> tasks = store.tasks(TaskFilter.ofPlan(draft));
        assertThat(tasks).extracting(TaskRow::number).containsExactly("1", "2");
        List<Long> parents = store.tasks(TaskFilter.ofPlan(planId)).stream().limit(2).map(TaskRow::id).toList();
        assertThat(tasks).extracting(TaskRow::sourceTaskId).containsExactlyElementsOf(parents);
        assertThat(cascade(planId, "stp.cchc", "SO_TU_PHAP")).as("asking again opens the same draft").isEqualTo(draft);
    }

    @Test
    void anOfficerCannotDraftAPlanForAnotherUnit() throws Exception {
        long planId = provincialPlan();
        mvc.perform(post("/plans/{id}/cascade", planId).param("unitId", Long.toString(PlanFixtures.unit(directory, "SO_NOI_VU")))
                .with(as("stp.cchc")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theUnitIssuesItsDraftAndTheParentTaskShowsTheChildsProgress() throws Exception {
        long planId = provincialPlan();
        long draft = cascade(planId, "snv.cchc", "SO_TU_PHAP");
        TaskRow child = store.tasks(TaskFilter.ofPlan(draft)).get(0);
        mvc.perform(post("/plans/{id}/edit", draft).param("number", "").param("issue", "true")
                        .param("t" + child.id() + ".content", child.content()).with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "plan.error.numberAndDate"));
        mvc.perform(post("/plans/{id}/edit", draft).param("number", "45/KH-STP").param("date", "2030-02-01")
                        .param("issue", "true").param("t" + child.id() + ".content", child.content())
                        .param("t" + child.id() + ".deadline", "Tháng 5/2030").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "plan.flash.issued"));
        assertThat(store.plan(draft).orElseThrow().status()).isEqualTo("ISSUED");
        assertThat(store.task(child.id()).orElseThrow().due()).isEqualTo(LocalDate.of(2030, 5, 31));

        mvc.perform(multipart("/plans/tasks/{id}/progress", child.id()).param("status", "IN_PROGRESS").param("percent", "30")
                .with(as("stp.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/tasks/{id}", child.sourceTaskId()).with(as("snv.cchc")))
                .andExpect(content().string(containsString("class=\"child-task\" data-task-id=\"" + child.id() + "\"")))
                .andExpect(content().string(containsString("45/KH-STP")));
    }
}
