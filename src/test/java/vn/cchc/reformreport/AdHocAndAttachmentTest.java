package vn.cchc.reformreport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.time.PinnableClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Ad hoc requests of the standing agency, and files attached to a report. */
@UsesDemoData("snv.cchc requests the ad hoc report")
class AdHocAndAttachmentTest extends CchcIntegrationTest {

    private static final String PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

    @Autowired
    ApplicationContext context;
    @Autowired
    PinnableClock clock;

    @AfterEach
    void unpin() {
        clock.reset();
    }

    @Test
    void anAdHocRequestIsOwedByItsTargetUnitsAloneWithItsOwnDueDate() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        String title = "Báo cáo kết quả sắp xếp đơn vị hành chính " + f.unitCode;
        mvc.perform(post("/reform-reports/ad-hoc").param("title", title).param("from", "01/04/2025").param("to", "30/04/2025")
                .param("unitDue", "05/05/2025").param("provinceDue", "08/05/2025").param("unitCodes", f.unitCode)
                .with(as("snv.cchc")).with(csrf())).andReturn();
        long id = jdbc.sql("select id from reform_ad_hoc where title = ?").param(title).query(Long.class).single();

        String board = mvc.perform(get("/reform-reports/board").param("period", "ADHOC-" + id).with(as("snv.cchc")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("id=\"rates-expected\">1<").contains("id=\"rate-" + f.unitCode + "\"")
                .contains("hạn gửi Sở Nội vụ 05/05/2025");
        MvcResult other = mvc.perform(get("/reform-reports/SO_TU_PHAP/ADHOC-" + id).with(as("snv.cchc"))).andReturn();
        assertThat(other.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("không thuộc diện phải gửi báo cáo");
    }

    @Test
    void anAttachmentIsCheckedByItsContentNotItsName() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        clock.pin(LocalDate.of(2025, 3, 10));
        String path = "/reform-reports/" + f.unitCode + "/" + ReformReportFixture.PERIOD;
        mvc.perform(post(path).param("action", "save").param("version", "0").param("section_RESULTS", "Rà soát.")
                .with(as(f.officer)).with(csrf())).andReturn();

        MvcResult fake = mvc.perform(multipart(path + "/attachments").file(new MockMultipartFile("file", "bao-cao.pdf",
                "application/pdf", "MZ không phải PDF".getBytes(StandardCharsets.UTF_8))).with(as(f.officer)).with(csrf())).andReturn();
        assertThat(fake.getFlashMap().get("flashErrorText")).asString().contains("bao-cao.pdf").contains("không phải PDF");
        mvc.perform(multipart(path + "/attachments").file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.US_ASCII))).with(as(f.officer)).with(csrf())).andReturn();
        mvc.perform(multipart(path + "/attachments").file(new MockMultipartFile("file", "bao-cao-lan-2.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.US_ASCII))).with(as(f.officer)).with(csrf())).andReturn();

        assertThat(jdbc.sql("""
                        select count(*) from reform_report_attachment a join reform_report r on r.id = a.report_id
                        where r.unit_id = ?""").param(f.unitId).query(Long.class).single()).as("the same file twice kept once").isEqualTo(1);
    }
}
