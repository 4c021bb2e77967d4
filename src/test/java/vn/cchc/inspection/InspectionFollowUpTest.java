package vn.cchc.inspection;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;
import vn.cchc.plan.TaskState;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An inspection's recommendations are followed as plan tasks: one of Sở Tư pháp done on time, one of Sở Khoa học và
 * Công nghệ left overdue; the board shows them as such and the next period's counts (quarter II's window of 2024,
 * 15/3 to 14/6; a year no other test inspects in) count them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionFollowUpTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Plans plans;
    @Autowired
    Directory directory;

    InspectionFixtures people;
    long planId;
    List<Long> tasks;

    @BeforeAll
    void inspectAndFollowUp() throws Exception {
        people = new InspectionFixtures(context);
        String body = """
                {"kind":"ADMINISTRATIVE_REFORM","surprise":true,"unitCode":"SO_TU_PHAP","inspectedOn":"2024-03-10",
                 "noticeNumber":"%s","noticeDate":"2024-03-14",
                 "findings":[{"area":"PROCEDURES","text":"Còn 12 hồ sơ giải quyết quá hạn chưa có văn bản xin lỗi."}],
                 "recommendations":[
                   {"content":"Gửi văn bản xin lỗi cho 12 hồ sơ quá hạn","area":"PROCEDURES","unitCodes":["SO_TU_PHAP"],
                    "deadline":"trước ngày 30/4/2024"},
                   {"content":"Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn","area":"DIGITAL_GOVERNMENT",
                    "units":"Sở Khoa học và Công nghệ","deadline":"Tháng 5/2024"}]}"""
                .formatted(InspectionFixtures.noticeNumber());
        String answer = mvc.perform(post("/api/v1/inspections").with(as(people.standingAgency))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        planId = Long.parseLong(answer.replaceAll("(?s).*\"followUpPlanId\":(\\d+).*", "$1"));
        tasks = plans.tasks(TaskFilter.ofPlan(planId)).stream().map(TaskRow::id).toList();
        long first = tasks.get(0);
        mvc.perform(multipart("/plans/tasks/{id}/progress", first).param("status", "DONE").param("outputDate", "2024-04-20")
                .param("outputNumber", "45/CV-STP").with(as(people.justiceOfficer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long entry = jdbc.sql("select max(id) from task_progress where task_id = ?").param(first).query(Long.class).single();
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(first))
                .with(as(people.standingAgency)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void eachRecommendationIsATaskOfItsResponsibleUnitWithTheNoticesDeadline() {
        List<TaskRow> rows = plans.tasks(TaskFilter.ofPlan(planId));
        assertThat(rows).extracting(TaskRow::content).containsExactly("Gửi văn bản xin lỗi cho 12 hồ sơ quá hạn",
                "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn tồn");
        assertThat(rows).extracting(r -> r.units().get(0).unitId())
                .containsExactly(directory.idOf("SO_TU_PHAP"), directory.idOf("SO_KHCN"));
        assertThat(rows).extracting(r -> r.due().toString()).containsExactly("2024-04-30", "2024-05-31");
    }

    @Test
    void theBoardShowsTheFirstDoneOnTimeAndTheSecondOverdue() {
        assertThat(plans.tasks(TaskFilter.ofPlan(planId))).extracting(TaskRow::state)
                .containsExactly(TaskState.DONE_ON_TIME, TaskState.OVERDUE);
    }

    @Test
    void theResponsibleUnitFindsTheRecommendationAmongItsTasks() {
        List<TaskRow> science = plans.tasks(new TaskFilter(null, null, null, List.of(directory.idOf("SO_KHCN")),
                TaskState.OVERDUE, null, null, null, null));
        assertThat(science).extracting(TaskRow::id).contains(tasks.get(1)).doesNotContain(tasks.get(0));
    }

    @Test
    void theNextPeriodsCountsGiveSoTuPhapOneInspectionAndOneRecommendationDoneOnTime() throws Exception {
        mvc.perform(get("/api/v1/inspections/counts").param("unit", "SO_TU_PHAP").param("from", "2024-03-15")
                        .param("to", "2024-06-14").with(as(people.standingAgency)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendations").value(1))
                .andExpect(jsonPath("$.doneOnTime").value(1))
                .andExpect(jsonPath("$.overdue").value(0));
    }

    @Test
    void theNextPeriodsCountsGiveSoKhcnOneOverdueRecommendation() throws Exception {
        mvc.perform(get("/api/v1/inspections/counts").param("unit", "SO_KHCN").param("from", "2024-03-15")
                        .param("to", "2024-06-14").with(as(people.standingAgency)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inspections").value(0))
                .andExpect(jsonPath("$.recommendations").value(1))
                .andExpect(jsonPath("$.doneOnTime").value(0))
                .andExpect(jsonPath("$.overdue").value(1));
    }

    @Test
    void theInspectionItselfCountsInTheQuarterItWasMade() throws Exception {
        mvc.perform(get("/api/v1/inspections/counts").param("unit", "SO_TU_PHAP").param("from", "2023-12-15")
                        .param("to", "2024-03-14").with(as(people.standingAgency)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inspections").value(1))
                .andExpect(jsonPath("$.recommendations").value(0));
    }

    @Test
    void anotherUnitsOfficerCannotReadSoTuPhapsCounts() throws Exception {
        mvc.perform(get("/api/v1/inspections/counts").param("unit", "SO_TU_PHAP").param("from", "2024-03-15")
                .param("to", "2024-06-14").with(as(people.scienceOfficer))).andExpect(status().isForbidden());
    }
}
