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

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an inspection record refuses or warns about, what it stores once, and the notice it prints. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionInputTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    InspectionFixtures people;

    @BeforeAll
    void accounts() {
        people = new InspectionFixtures(context);
    }

    private static String inspection(String number, String recommendations) {
        return """
                {"kind":"ADMINISTRATIVE_DISCIPLINE","surprise":true,"unitCode":"SO_TU_PHAP","inspectedOn":"2025-03-10",
                 "noticeNumber":"%s","noticeDate":"2025-03-14",
                 "findings":[{"area":"CIVIL_SERVICE","text":"Một số công chức chưa đeo thẻ khi thực thi công vụ."}],
                 "recommendations":[%s]}""".formatted(number, recommendations);
    }

    private ResultActions send(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/inspections").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long rowsWithNotice(String number) {
        return jdbc.sql("select count(*) from inspection where notice_number = ?").param(number).query(Long.class).single()
                + jdbc.sql("select count(*) from plan where doc_number = ?").param(number).query(Long.class).single();
    }

    @Test
    void aRecommendationWithoutAResponsibleUnitIsRefusedNamingItAndNothingIsWritten() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"},
                {"content":"Kiểm điểm trách nhiệm cá nhân","deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").value(hasItem("Kiến nghị thứ 2: chưa có đơn vị chịu trách nhiệm.")));
        assertThat(rowsWithNotice(number)).isZero();
    }

    @Test
    void aTypedUnitTheDirectoryDoesNotKnowIsRefusedWithItsWords() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","units":"Sở Bưu chính Viễn thông","deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(startsWith("Kiến nghị thứ 1: không tìm thấy đơn vị \"Sở Bưu chính Viễn thông\"")));
        assertThat(rowsWithNotice(number)).isZero();
    }

    @Test
    void aDeadlineThatDoesNotParseIsKeptAsWordsWithAWarningAndNoDueDate() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        send(people.standingAgency, inspection(number, """
                {"content":"Bố trí công chức đúng vị trí việc làm","unitCodes":["SO_TU_PHAP"],
                 "deadline":"Sau khi Bộ Nội vụ hướng dẫn"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[0]").value(
                        "Không đọc được thời hạn \"Sau khi Bộ Nội vụ hướng dẫn\": giữ nguyên văn, nhiệm vụ chưa có hạn."));
        var row = jdbc.sql("""
                        select t.deadline_text, (select count(*) from plan_task_milestone m where m.task_id = t.id) as dues
                        from inspection_recommendation r join inspection i on i.id = r.inspection_id
                        join plan_task t on t.id = r.task_id where i.notice_number = ?""")
                .param(number).query().singleRow();
        assertThat(row).containsEntry("deadline_text", "Sau khi Bộ Nội vụ hướng dẫn").containsEntry("dues", 0L);
    }

    @Test
    void theSameRecordSentTwiceIsStoredOnceAndAuditedOnce() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String body = inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}""");
        send(people.standingAgency, body).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(true));
        String byOfficer = "select count(*) from audit_entry where actor = ?";
        long audited = jdbc.sql(byOfficer).param(people.standingAgency).query(Long.class).single();
        send(people.standingAgency, body).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false));
        assertThat(rowsWithNotice(number)).isEqualTo(2);
        assertThat(jdbc.sql(byOfficer).param(people.standingAgency).query(Long.class).single()).isEqualTo(audited);
    }

    @Test
    void anotherContentUnderARecordedNoticeNumberIsRefused() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isOk());
        send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh giờ làm việc","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value("Thông báo kết luận số " + number + " đã được ghi nhận với nội dung khác."));
    }

    @Test
    void aUnitOfficerCannotRecordAnInspection() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        send(people.justiceOfficer, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isForbidden());
        assertThat(rowsWithNotice(number)).isZero();
    }

    @Test
    void theInspectionPlanReadsItsBatchesWithTheDeadlineGrammar() throws Exception {
        mvc.perform(post("/api/v1/inspections/plans").with(as(people.standingAgency)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year":2025,"kind":"ADMINISTRATIVE_REFORM","title":"Kiểm tra công tác CCHC năm 2025 (%s)",
                                 "schedule":"Đợt 1 tháng 6 - Đợt 2 tháng 12",
                                 "teams":[{"name":"Đoàn số 1","members":["%s"],"leader":"%s"}],
                                 "targets":[{"unitCode":"SO_TU_PHAP","batch":1,"team":"Đoàn số 1"},
                                            {"unitCode":"SO_KHCN","batch":2,"team":"Đoàn số 1"}]}"""
                                .formatted(InspectionFixtures.noticeNumber(), people.standingAgency, people.standingAgency)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.batches[0].due").value("2025-06-30"))
                .andExpect(jsonPath("$.batches[1].due").value("2025-12-31"));
    }

    @Test
    void aTargetInABatchThePlanDoesNotHaveIsRefused() throws Exception {
        mvc.perform(post("/api/v1/inspections/plans").with(as(people.standingAgency)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year":2025,"kind":"PUBLIC_SERVICE","title":"Kiểm tra công vụ năm 2025 (%s)",
                                 "schedule":"Đợt 1 tháng 6 - Đợt 2 tháng 12",
                                 "teams":[{"name":"Đoàn số 2","members":["%s"]}],
                                 "targets":[{"unitCode":"SO_TU_PHAP","batch":3,"team":"Đoàn số 2"}]}"""
                                .formatted(InspectionFixtures.noticeNumber(), people.standingAgency)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value("Đơn vị được kiểm tra thứ 1: kế hoạch không có đợt 3."));
    }

    @Test
    void theConclusionNoticeHasTheDecree30Parts() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String answer = send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        byte[] docx = mvc.perform(get("/api/v1/inspections/{id}/notice.docx", id).with(as(people.justiceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: " + number, "Nghệ An, ngày 14 tháng 3 năm 2025", "THÔNG BÁO",
                "Kết luận kiểm tra kỷ luật, kỷ cương hành chính tại Sở Tư pháp", "I. KẾT QUẢ KIỂM TRA",
                "Một số công chức chưa đeo thẻ khi thực thi công vụ.", "Chấn chỉnh việc đeo thẻ công chức",
                "Tháng 4/2025", "Nơi nhận:", "KT. GIÁM ĐỐC");
    }

    @Test
    void theConclusionNoticeAsPdfForPrintingHasTheSameDecree30Parts() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String answer = send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        var response = mvc.perform(get("/api/v1/inspections/{id}/notice.pdf", id).with(as(people.justiceOfficer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            // lines wrap where the page ends them: compare the words, not the line breaks
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(text).contains("UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: " + number, "Nghệ An, ngày 14 tháng 3 năm 2025", "THÔNG BÁO",
                "Kết luận kiểm tra kỷ luật, kỷ cương hành chính tại Sở Tư pháp", "I. KẾT QUẢ KIỂM TRA",
                "Một số công chức chưa đeo thẻ khi thực thi công vụ.", "Chấn chỉnh việc đeo thẻ công chức",
                "Tháng 4/2025", "Nơi nhận:", "KT. GIÁM ĐỐC");
    }

    @Test
    void anUninvolvedUnitCannotReadTheConclusionNoticeAsPdf() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String answer = send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        mvc.perform(get("/api/v1/inspections/{id}/notice.pdf", id).with(as(people.scienceOfficer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUninvolvedUnitCannotReadTheConclusionNotice() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String answer = send(people.standingAgency, inspection(number, """
                {"content":"Chấn chỉnh việc đeo thẻ công chức","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}"""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String id = answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1");
        mvc.perform(get("/api/v1/inspections/{id}/notice.docx", id).with(as(people.scienceOfficer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void tenSimultaneousSubmissionsOfOneNoticeRecordItOnce() throws Exception {
        String number = InspectionFixtures.noticeNumber();
        String body = inspection(number, """
                {"content":"Niêm yết công khai thủ tục hành chính tại bộ phận một cửa","unitCodes":["SO_TU_PHAP"],
                 "deadline":"Tháng 4/2025"}""");
        List<Integer> statuses = vn.cchc.Parallel.times(10, () -> send(people.standingAgency, body).andReturn()
                .getResponse().getStatus());
        // a send that finds the record already stored is the same data twice (200); one that races it is told 409
        assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        assertThat(rowsWithNotice(number)).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from plan_task t join plan p on p.id = t.plan_id where p.doc_number = ?""")
                .param(number).query(Long.class).single()).isEqualTo(1);
    }
}
