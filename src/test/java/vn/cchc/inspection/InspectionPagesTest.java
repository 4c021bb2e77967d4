package vn.cchc.inspection;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection screens: the standing agency records a surprise inspection of Sở Tư pháp through the form (2023, a
 * year no other test inspects in); its recommendation is a task of Sở Tư pháp, linked from the record's page; the
 * inspected unit reads it, another unit's officer may not record at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionPagesTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    InspectionFixtures people;
    String number;
    long recordId;

    @BeforeAll
    void recordThroughTheForm() throws Exception {
        people = new InspectionFixtures(context);
        number = InspectionFixtures.noticeNumber();
        String location = mvc.perform(post("/inspections/new").with(as(people.standingAgency)).with(csrf())
                        .param("surprise", "on").param("kind", "ADMINISTRATIVE_REFORM").param("unitCode", "SO_TU_PHAP")
                        .param("inspectedOn", "10/03/2023").param("noticeNumber", number).param("noticeDate", "14/03/2023")
                        .param("findingArea0", "PROCEDURES")
                        .param("findingText0", "Còn 7 hồ sơ giải quyết quá hạn, chưa có văn bản xin lỗi.")
                        .param("recContent0", "Gửi văn bản xin lỗi cho 7 hồ sơ quá hạn").param("recArea0", "PROCEDURES")
                        .param("recUnit0", "SO_TU_PHAP").param("recDeadline0", "trước ngày 30/4/2023"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/inspections/");
        recordId = Long.parseLong(location.substring("/inspections/".length()));
    }

    @Test
    void aRecordedInspectionsRecommendationAppearsWithTheLinkToItsTask() throws Exception {
        long task = jdbc.sql("select task_id from inspection_recommendation where inspection_id = ? and position = 0")
                .param(recordId).query(Long.class).single();
        String page = mvc.perform(get("/inspections/{id}", recordId).with(as(people.standingAgency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Gửi văn bản xin lỗi cho 7 hồ sơ quá hạn").contains("Sở Tư pháp")
                .contains("href=\"/plans/tasks/" + task + "\"").contains("30/04/2023")
                .contains("/inspections/" + recordId + "/notice.docx");
    }

    @Test
    void theInspectedUnitsOfficerSeesItInTheirListAndReachesTheTask() throws Exception {
        String list = mvc.perform(get("/inspections").param("year", "2023").with(as(people.justiceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(number).doesNotContain("id=\"inspection-new\"");
        mvc.perform(get("/inspections/{id}", recordId).with(as(people.justiceOfficer))).andExpect(status().isOk());
    }

    @Test
    void anotherUnitsOfficerDoesNotSeeTheInspection() throws Exception {
        String list = mvc.perform(get("/inspections").param("year", "2023").with(as(people.scienceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(number);
        mvc.perform(get("/inspections/{id}", recordId).with(as(people.scienceOfficer))).andExpect(status().isForbidden());
    }

    @Test
    void aPlansPageShowsItsBatchesTeamsAndTargetUnits() throws Exception {
        String title = "Kế hoạch kiểm tra công tác CCHC năm 2023 " + InspectionFixtures.noticeNumber();
        String answer = mvc.perform(post("/api/v1/inspections/plans").with(as(people.standingAgency))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                                {"year":2023,"kind":"ADMINISTRATIVE_REFORM","title":"%s",
                                 "schedule":"Đợt 1 tháng 6 - Đợt 2 tháng 12",
                                 "teams":[{"name":"Đoàn kiểm tra số 1","members":["%s"],"leader":"%s"}],
                                 "targets":[{"unitCode":"SO_TU_PHAP","batch":2,"team":"Đoàn kiểm tra số 1"}]}"""
                                .formatted(title, people.standingAgency, people.standingAgency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long planId = Long.parseLong(answer.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String list = mvc.perform(get("/inspections/plans").param("year", "2023").with(as(people.standingAgency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(title).contains("href=\"/inspections/plans/" + planId + "\"");
        String page = mvc.perform(get("/inspections/plans/{id}", planId).with(as(people.standingAgency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đoàn kiểm tra số 1").contains("Trưởng đoàn").contains("Sở Tư pháp")
                .contains("Đợt 2: đến 31/12/2023").contains("Chưa kiểm tra");
    }

    @Test
    void aUnitOfficerOfAnotherUnitIsRefusedTheRecordForm() throws Exception {
        mvc.perform(get("/inspections/new").with(as(people.scienceOfficer))).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedRecordShowsTheServicesMessageNextToTheRecommendation() throws Exception {
        String page = mvc.perform(post("/inspections/new").with(as(people.standingAgency)).with(csrf())
                        .param("surprise", "on").param("kind", "ADMINISTRATIVE_REFORM").param("unitCode", "SO_TU_PHAP")
                        .param("inspectedOn", "10/03/2023").param("noticeNumber", InspectionFixtures.noticeNumber())
                        .param("noticeDate", "14/03/2023").param("recContent0", "Kiến nghị chưa có đơn vị"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kiến nghị thứ 1: chưa có đơn vị chịu trách nhiệm.").contains("Kiến nghị chưa có đơn vị");
    }

    @Test
    void aKindThatIsNotInTheListIsSaidOnTheFormAndNothingIsRecorded() throws Exception {
        String other = InspectionFixtures.noticeNumber();
        String page = mvc.perform(post("/inspections/new").with(as(people.standingAgency)).with(csrf())
                        .param("surprise", "on").param("kind", "KIEM_TRA_KHAC").param("unitCode", "SO_TU_PHAP")
                        .param("inspectedOn", "10/03/2023").param("noticeNumber", other).param("noticeDate", "14/03/2023"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Loại kiểm tra: &quot;KIEM_TRA_KHAC&quot; không có trong danh sách.");
        assertThat(jdbc.sql("select count(*) from inspection where notice_number = ?").param(other)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theConclusionNoticeDownloadsAsWord() throws Exception {
        mvc.perform(get("/inspections/{id}/notice.docx", recordId).with(as(people.justiceOfficer)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("thong-bao-ket-luan-" + recordId + ".docx")));
    }
}
