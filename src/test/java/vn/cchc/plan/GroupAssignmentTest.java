package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tasks given to a group ("các sở, ban, ngành") reach its member units; "… có liên quan" waits for a pick. */
@UsesDemoData("the demo accounts, the seed plans")
class GroupAssignmentTest extends CchcIntegrationTest {

    @Autowired
    Plans store;
    @Autowired
    Directory directory;

    private long task(String planNumber, String section, String number) {
        return jdbc.sql("""
                        select t.id from plan_task t join plan p on p.id = t.plan_id
                        where p.doc_number = ? and t.section = ? and t.number = ? order by t.id limit 1""")
                .params(planNumber, section, number).query(Long.class).single();
    }

    @Test
    void soTuPhapSeesTheTasksOf2228GivenToAllDepartmentsInItsOwnList() throws Exception {
        long task = task("2228/QĐ-UBND", "IV.1", "a");
        long soTuPhap = PlanFixtures.unit(directory, "SO_TU_PHAP");
        assertThat(store.task(task).orElseThrow().lead()).anyMatch(a -> "DEPARTMENTS".equals(a.group()));
        assertThat(store.task(task).orElseThrow().ledBy(soTuPhap)).isTrue();
        mvc.perform(get("/my-tasks").with(as("stp.cchc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-task-id=\"" + task + "\"")));
    }

    @Test
    void theBoardCountsAGroupTaskForEachMemberUnit() throws Exception {
        long planId = jdbc.sql("select id from plan where doc_number = '02/KH-BCĐ'").query(Long.class).single();
        long soTuPhap = PlanFixtures.unit(directory, "SO_TU_PHAP");
        // III.2 "Các sở, ban, ngành" leads: Sở Tư pháp has it on the board although no row names it.
        long task = task("02/KH-BCĐ", "III", "2");
        assertThat(store.tasks(new TaskFilter(null, planId, null, java.util.List.of(soTuPhap), null, null, null, null, null)))
                .extracting(TaskRow::id).contains(task);
        mvc.perform(get("/plans/board/units").param("planId", Long.toString(planId)).param("kind", "DEPARTMENT")
                        .with(as("snv.cchc")))
                .andExpect(content().string(containsString("data-unit-id=\"" + soTuPhap + "\"")));
    }

    @Test
    void aConcernedGroupAssignsNoUnitUntilTheStandingAgencyPicksOne() throws Exception {
        // I.14: "Các sở, ban, ngành có thành viên lập kế hoạch" leads; which departments is not said.
        long task = task("02/KH-BCĐ", "I", "14");
        long soKhcn = PlanFixtures.unit(directory, "SO_KHCN");
        assertThat(store.task(task).orElseThrow().units()).noneMatch(u -> u.unitId() == soKhcn);
        mvc.perform(get("/my-tasks").with(as("skhcn.cchc")))
                .andExpect(content().string(not(containsString("data-task-id=\"" + task + "\""))));

        mvc.perform(post("/plans/tasks/{id}/pick", task).param("role", "LEAD").param("position", "0")
                        .param("unitIds", Long.toString(soKhcn)).with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/tasks/{id}/pick", task).param("role", "LEAD").param("position", "0")
                        .param("unitIds", Long.toString(soKhcn)).with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "plan.flash.picked"));

        assertThat(store.task(task).orElseThrow().ledBy(soKhcn)).isTrue();
        mvc.perform(get("/my-tasks").with(as("skhcn.cchc")))
                .andExpect(content().string(containsString("data-task-id=\"" + task + "\"")));
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'plan_task' and entity_id = ? and summary like 'Chọn đơn vị%'""")
                .param(Long.toString(task)).query(Long.class).single()).isPositive();
    }
}
