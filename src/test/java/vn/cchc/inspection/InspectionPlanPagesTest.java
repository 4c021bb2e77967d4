package vn.cchc.inspection;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.cchc.CchcIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection plan's screen (2022, a year no other test plans in): the standing agency makes a plan of two batches
 * ("Đợt 1 tháng 6 - Đợt 2 tháng 12"), a team and two target units; it is listed, an inspection is recorded against
 * it, and it is edited. Bad input is named field by field and writes nothing; nobody else may make or edit one.
 */
class InspectionPlanPagesTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    InspectionFixtures people;
    String title;

    @BeforeEach
    void people() {
        people = new InspectionFixtures(context);
        title = "Kế hoạch kiểm tra công tác cải cách hành chính năm 2022 " + InspectionFixtures.noticeNumber();
    }

    private MockHttpServletRequestBuilder planForm(String url, String planTitle) {
        return post(url).param("year", "2022").param("kind", "ADMINISTRATIVE_REFORM").param("title", planTitle)
                .param("schedule", "Đợt 1 tháng 6 - Đợt 2 tháng 12")
                .param("teamName0", "Đoàn kiểm tra số 1").param("teamMembers0", people.standingAgency + "\n" + people.justiceOfficer)
                .param("targetUnit0", "SO_TU_PHAP").param("targetBatch0", "1").param("targetTeam0", "Đoàn kiểm tra số 1")
                .param("targetUnit1", "SO_KHCN").param("targetBatch1", "2").param("targetTeam1", "Đoàn kiểm tra số 1");
    }

    private long create() throws Exception {
        String location = mvc.perform(planForm("/inspections/plans/new", title).with(as(people.standingAgency)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/inspections/plans/");
        return Long.parseLong(location.substring("/inspections/plans/".length()));
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(as(people.standingAgency))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long plans() {
        return jdbc.sql("select count(*) from inspection_plan").query(Long.class).single();
    }

    @Test
    void aPlanMadeOnTheScreenIsListedWithItsBatchesTeamAndTargetsAndTakesAnInspection() throws Exception {
        long id = create();

        assertThat(page("/inspections/plans?year=2022")).contains(title).contains("Đợt 1 tháng 6 - Đợt 2 tháng 12");
        String plan = page("/inspections/plans/" + id);
        assertThat(plan).contains("Đợt 1: đến 30/06/2022").contains("Đợt 2: đến 31/12/2022").contains("Đoàn kiểm tra số 1")
                .contains("Sở Tư pháp").contains("Chưa kiểm tra");

        String number = InspectionFixtures.noticeNumber();
        mvc.perform(post("/inspections/new").with(as(people.standingAgency)).with(csrf()).param("planId", Long.toString(id))
                        .param("unitCode", "SO_TU_PHAP").param("inspectedOn", "15/06/2022").param("team", "Đoàn kiểm tra số 1")
                        .param("noticeNumber", number).param("noticeDate", "20/06/2022")
                        .param("findingArea0", "PROCEDURES").param("findingText0", "Còn 3 hồ sơ quá hạn chưa có văn bản xin lỗi.")
                        .param("recContent0", "Gửi văn bản xin lỗi cho 3 hồ sơ quá hạn").param("recArea0", "PROCEDURES")
                        .param("recUnit0", "SO_TU_PHAP").param("recDeadline0", "trước ngày 31/7/2022"))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/inspections/plans/" + id)).contains(number).contains("Đã kiểm tra");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'inspection_plan' and entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsNamedFieldByFieldAndNothingIsWritten() throws Exception {
        long before = plans();
        String answer = mvc.perform(post("/inspections/plans/new").with(as(people.standingAgency)).with(csrf())
                        .param("year", "năm nay").param("title", " ").param("schedule", "Đợt 1 tháng 6")
                        .param("teamName0", "Đoàn kiểm tra số 2").param("teamMembers0", "khong.co.ai")
                        .param("targetUnit0", "SO_TU_PHAP").param("targetBatch0", "một"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Năm của kế hoạch kiểm tra: &quot;năm nay&quot; không phải số (viết như 2025).")
                .contains("Đơn vị được kiểm tra thứ 1, đợt: &quot;một&quot; không phải số (viết như 1).")
                .contains("value=\"Đoàn kiểm tra số 2\"");

        String second = mvc.perform(post("/inspections/plans/new").with(as(people.standingAgency)).with(csrf())
                        .param("year", "2022").param("title", " ").param("schedule", "Đợt 1 tháng 6")
                        .param("teamName0", "Đoàn kiểm tra số 2").param("teamMembers0", "khong.co.ai")
                        .param("targetUnit0", "SO_TU_PHAP").param("targetBatch0", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Loại kiểm tra: chưa chọn").contains("Tên kế hoạch kiểm tra: chưa có.")
                .contains("Đoàn kiểm tra thứ 1 (Đoàn kiểm tra số 2): không có người dùng &quot;khong.co.ai&quot;.")
                .contains("Đơn vị được kiểm tra thứ 1: kế hoạch không có đợt 3.");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void aUnitOfficerCannotMakeOrEditAnInspectionPlan() throws Exception {
        long id = create();
        long before = plans();
        mvc.perform(get("/inspections/plans/new").with(as(people.justiceOfficer))).andExpect(status().isForbidden());
        mvc.perform(planForm("/inspections/plans/new", title + " (của đơn vị)").with(as(people.justiceOfficer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(planForm("/inspections/plans/" + id + "/edit", "Sửa trái phép").param("version", "1")
                .with(as(people.justiceOfficer)).with(csrf())).andExpect(status().isForbidden());
        assertThat(plans()).isEqualTo(before);
        assertThat(jdbc.sql("select title from inspection_plan where id = ?").param(id).query(String.class).single()).isEqualTo(title);
    }

    @Test
    void anEditAddsATargetAndIsAuditedWithWhatItWasBefore() throws Exception {
        long id = create();
        String form = page("/inspections/plans/" + id + "/edit");
        assertThat(form).contains("value=\"" + title + "\"").contains(people.standingAgency + "\n" + people.justiceOfficer)
                .contains("name=\"version\" value=\"1\"");

        mvc.perform(planForm("/inspections/plans/" + id + "/edit", title).param("version", "1")
                        .param("targetUnit2", "SO_Y_TE").param("targetBatch2", "2").with(as(people.standingAgency)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/inspections/plans/" + id)).contains("Sở Y tế");
        String audit = jdbc.sql("""
                        select before_value::text || ' → ' || after_value::text from audit_entry
                        where entity_type = 'inspection_plan' and entity_id = ? and action = 'UPDATE'""")
                .param(Long.toString(id)).query(String.class).single();
        assertThat(audit).contains("Sở Y tế");
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedAndTheSameEditTwiceChangesNothing() throws Exception {
        long id = create();
        mvc.perform(planForm("/inspections/plans/" + id + "/edit", title + " (sửa lần 1)").param("version", "1")
                .with(as(people.standingAgency)).with(csrf())).andExpect(status().is3xxRedirection());
        long audits = jdbc.sql("select count(*) from audit_entry where entity_type = 'inspection_plan' and entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single();

        // a double click: the same form from the same version again changes nothing
        mvc.perform(planForm("/inspections/plans/" + id + "/edit", title + " (sửa lần 1)").param("version", "1")
                .with(as(people.standingAgency)).with(csrf())).andExpect(status().is3xxRedirection());
        // another officer still on version 1 with other changes: refused, not overwritten
        String refused = mvc.perform(planForm("/inspections/plans/" + id + "/edit", title + " (sửa lần 2)").param("version", "1")
                        .with(as(people.standingAgency)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Kế hoạch kiểm tra vừa được người khác sửa");
        assertThat(jdbc.sql("select title from inspection_plan where id = ?").param(id).query(String.class).single())
                .isEqualTo(title + " (sửa lần 1)");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'inspection_plan' and entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(audits);
    }
}
