package vn.cchc.inspection;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A steering-committee meeting's conclusions: work assigned to units becomes each unit's task; the notice is printed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingConclusionTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Plans plans;
    @Autowired
    Directory directory;

    InspectionFixtures people;

    @BeforeAll
    void accounts() {
        people = new InspectionFixtures(context);
    }

    private static String meeting(String number, String conclusions) {
        return """
                {"heldOn":"2025-04-08","chair":"Đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo",
                 "attendees":["Thành viên Ban Chỉ đạo","Tổ giúp việc"],"noticeNumber":"%s","noticeDate":"2025-04-10",
                 "conclusions":[%s]}""".formatted(number, conclusions);
    }

    private ResultActions send(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/meetings").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static final String TWO_UNITS = """
            {"content":"Năm 2025 cơ bản hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực",
             "area":"DIGITAL_GOVERNMENT","unitCodes":["SO_TU_PHAP"],"units":"Sở Khoa học và Công nghệ","deadline":"Quý III/2025"},
            {"content":"Các thành viên Ban Chỉ đạo tăng cường kiểm tra tại các đơn vị được phân công theo dõi"}""";

    @Test
    void aConclusionAssigningTwoUnitsBecomesATaskOfEach() throws Exception {
        String answer = send(people.standingAgency, meeting(InspectionFixtures.noticeNumber(), TWO_UNITS))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long planId = Long.parseLong(answer.replaceAll("(?s).*\"followUpPlanId\":(\\d+).*", "$1"));
        List<TaskRow> tasks = plans.tasks(TaskFilter.ofPlan(planId));
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).units()).extracting(TaskRow.UnitProgress::unitId)
                .containsExactlyInAnyOrder(directory.idOf("SO_TU_PHAP"), directory.idOf("SO_KHCN"));
        assertThat(tasks.get(0).due()).hasToString("2025-09-30");
    }

    @Test
    void eachAssignedUnitFindsTheConclusionAmongItsOwnTasks() throws Exception {
        String answer = send(people.standingAgency, meeting(InspectionFixtures.noticeNumber(), TWO_UNITS))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long task = Long.parseLong(answer.replaceAll("(?s).*\"taskIds\":\\[(\\d+).*", "$1"));
        for (String unit : List.of("SO_TU_PHAP", "SO_KHCN")) {
            assertThat(plans.tasks(new TaskFilter(null, null, null, List.of(directory.idOf(unit)), null, null, null, null, task)))
                    .as(unit).extracting(TaskRow::id).containsExactly(task);
        }
    }

    @Test
    void aConclusionThatAssignsNoWorkIsKeptWithoutATask() throws Exception {
        send(people.standingAgency, meeting(InspectionFixtures.noticeNumber(), TWO_UNITS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskIds[1]").doesNotExist());
    }

    @Test
    void theSameMeetingSentTwiceIsRecordedOnceAndAnswersWithItsTasks() throws Exception {
        String body = meeting(InspectionFixtures.noticeNumber(), TWO_UNITS);
        String first = send(people.standingAgency, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(true)).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(first.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        long task = Long.parseLong(first.replaceAll("(?s).*\"taskIds\":\\[(\\d+).*", "$1"));

        send(people.standingAgency, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.taskIds[0]").value(task))
                .andExpect(jsonPath("$.taskIds[1]").doesNotExist());
        assertThat(jdbc.sql("select count(*) from steering_meeting where notice_number = (select notice_number from steering_meeting where id = ?)")
                .param(id).query(Long.class).single()).isOne();
    }

    @Test
    void aTypedUnitNameThatIsAGroupIsRefusedAskingForTheUnits() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        send(people.standingAgency, meeting(number, """
                {"content":"Rà soát quy chế làm việc","units":"Các sở, ban, ngành","deadline":"Quý II/2025"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").value(hasItem(
                        "Kết luận thứ 1: \"Các sở, ban, ngành\" là một nhóm đơn vị, hãy chọn từng đơn vị.")));
        assertThat(jdbc.sql("select count(*) from steering_meeting where notice_number = ?").param(number)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theMeetingNoticeHasTheDecree30PartsAndTheAssignedWork() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String answer = send(people.standingAgency, meeting(number, TWO_UNITS))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        byte[] docx = mvc.perform(get("/api/v1/meetings/{id}/notice.docx", id).with(as(people.scienceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("UBND TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: " + number,
                "Nghệ An, ngày 10 tháng 4 năm 2025", "THÔNG BÁO", "tại cuộc họp ngày 08/04/2025", "KẾT LUẬN",
                "Sở Tư pháp, Sở Khoa học và Công nghệ", "Quý III/2025", "Nơi nhận:", "KT. GIÁM ĐỐC");
    }

    @Test
    void theMeetingNoticeAsPdfForPrintingHasTheSamePartsAndAssignedWork() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String answer = send(people.standingAgency, meeting(number, TWO_UNITS))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        var response = mvc.perform(get("/api/v1/meetings/{id}/notice.pdf", id).with(as(people.scienceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            // lines wrap where the page ends them: compare the words, not the line breaks
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(text).contains("UBND TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: " + number,
                "Nghệ An, ngày 10 tháng 4 năm 2025", "THÔNG BÁO", "tại cuộc họp ngày 08/04/2025", "KẾT LUẬN",
                "Sở Tư pháp, Sở Khoa học và Công nghệ", "Quý III/2025", "Nơi nhận:", "KT. GIÁM ĐỐC");
    }

    @Test
    void aUnitOfficerCannotRecordAMeeting() throws Exception {
        send(people.justiceOfficer, meeting(InspectionFixtures.noticeNumber(), TWO_UNITS)).andExpect(status().isForbidden());
    }
}
