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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting screens: the standing agency records a steering-committee meeting of 2023 through the form; the
 * conclusion that names Sở Khoa học và Công nghệ is its task, linked from the meeting's page; the one that names
 * nobody assigns no work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingPagesTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    InspectionFixtures people;
    String number;
    long meetingId;

    @BeforeAll
    void recordThroughTheForm() throws Exception {
        people = new InspectionFixtures(context);
        number = InspectionFixtures.noticeNumber().replace("ĐKT", "BCĐ");
        String location = mvc.perform(post("/meetings/new").with(as(people.standingAgency)).with(csrf())
                        .param("heldOn", "05/04/2023").param("chair", "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo")
                        .param("attendees", "Các thành viên Ban Chỉ đạo\nLãnh đạo các sở, ban, ngành")
                        .param("noticeNumber", number).param("noticeDate", "10/04/2023")
                        .param("conContent0", "Đẩy nhanh số hóa hồ sơ thủ tục hành chính").param("conArea0", "DIGITAL_GOVERNMENT")
                        .param("conUnit0", "SO_KHCN").param("conDeadline0", "Quý III/2023")
                        .param("conContent1", "Các sở, ngành quán triệt nghiêm kỷ luật, kỷ cương hành chính")
                        .param("conArea1", "CIVIL_SERVICE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        meetingId = Long.parseLong(location.substring("/meetings/".length()));
    }

    @Test
    void aConclusionThatNamesAUnitAppearsWithTheLinkToItsTask() throws Exception {
        long task = jdbc.sql("select task_id from meeting_conclusion where meeting_id = ? and position = 0")
                .param(meetingId).query(Long.class).single();
        String page = mvc.perform(get("/meetings/{id}", meetingId).with(as(people.standingAgency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đẩy nhanh số hóa hồ sơ thủ tục hành chính").contains("Sở Khoa học và Công nghệ")
                .contains("href=\"/plans/tasks/" + task + "\"").contains("Không giao việc")
                .contains("/meetings/" + meetingId + "/notice.docx");
    }

    @Test
    void theMeetingIsInTheStandingAgencysList() throws Exception {
        String list = mvc.perform(get("/meetings").with(as(people.standingAgency)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(number);
    }

    @Test
    void aUnitOfficerIsRefusedTheMeetingForm() throws Exception {
        mvc.perform(get("/meetings/new").with(as(people.justiceOfficer))).andExpect(status().isForbidden());
    }

    @Test
    void theUnitGivenTheWorkReadsTheMeetingAndAnotherUnitDoesNot() throws Exception {
        mvc.perform(get("/meetings/{id}", meetingId).with(as(people.scienceOfficer))).andExpect(status().isOk());
        mvc.perform(get("/meetings/{id}", meetingId).with(as(people.justiceOfficer))).andExpect(status().isForbidden());
    }
}
