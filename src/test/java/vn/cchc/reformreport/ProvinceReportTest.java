package vn.cchc.reformreport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.time.PinnableClock;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The province's quarter I report of 2025, consolidated from the units' reports. */
@UsesDemoData("snv.cchc downloads the province report; the administrator sends dossier files")
class ProvinceReportTest extends CchcIntegrationTest {

    private static final String PERIOD = ReformReportFixture.PERIOD;

    @Autowired
    ApplicationContext context;
    @Autowired
    PinnableClock clock;

    @AfterEach
    void unpin() {
        clock.reset();
    }

    private ReformReportFixture submitted(String results) throws Exception {
        ReformReportFixture f = new ReformReportFixture(context).withTasks();
        mvc.perform(post("/api/v1/dossiers/ingest").param("name", "ho-so-" + f.unitCode + ".csv").contentType("text/csv")
                .content(f.dossierCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8)).with(as("admin")))
                .andExpect(status().isOk());
        mvc.perform(post("/reform-reports/" + f.unitCode + "/" + PERIOD).param("action", "submit").param("version", "0")
                .param("section_LEADERSHIP", "Ban hành kế hoạch cải cách hành chính năm 2025.")
                .param("section_RESULTS", results).param("section_ASSESSMENT", "Hoàn thành cơ bản.")
                .param("section_NEXT_TASKS", "Tiếp tục rà soát.").with(as(f.officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return f;
    }

    @Test
    void theProvinceReportInWordCarriesTheNarrativesOfTwoUnitsInTheDecree30Layout() throws Exception {
        clock.pin(LocalDate.of(2025, 3, 14));
        ReformReportFixture a = submitted("Rà soát, đơn giản hóa 12 thủ tục hành chính lĩnh vực tư pháp.");
        ReformReportFixture b = submitted("Số hóa 1.350 hồ sơ đất đai, đạt 97,5 % kế hoạch.");

        byte[] docx = mvc.perform(get("/reform-reports/province/" + PERIOD + "/report.docx").with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            text = words.getText();
        }
        assertThat(text).contains("Rà soát, đơn giản hóa 12 thủ tục hành chính lĩnh vực tư pháp.")
                .contains("Số hóa 1.350 hồ sơ đất đai, đạt 97,5 % kế hoạch.")
                .contains(a.unit().name()).contains(b.unit().name())
                .contains("Sở Nội vụ").contains("Nơi nhận:").contains("BÁO CÁO").contains("Nghệ An");
    }

    @Test
    void theProvinceReportAsPdfForPrintingCarriesTheSameNarrativesAsTheWord() throws Exception {
        clock.pin(LocalDate.of(2025, 3, 14));
        ReformReportFixture a = submitted("Rà soát, đơn giản hóa 12 thủ tục hành chính lĩnh vực tư pháp.");
        ReformReportFixture b = submitted("Số hóa 1.350 hồ sơ đất đai, đạt 97,5 % kế hoạch.");

        var response = mvc.perform(get("/reform-reports/province/" + PERIOD + "/report.pdf").with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse();
        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            // lines wrap where the page ends them: compare the words, not the line breaks
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(text).contains("Rà soát, đơn giản hóa 12 thủ tục hành chính lĩnh vực tư pháp.")
                .contains("Số hóa 1.350 hồ sơ đất đai, đạt 97,5 % kế hoạch.")
                .contains(a.unit().name()).contains(b.unit().name())
                .contains("SỞ NỘI VỤ").contains("Nơi nhận:").contains("BÁO CÁO").contains("Nghệ An");
    }

    @Test
    void theAppendixWorkbookSumsTheDossiersTheUnitsReported() throws Exception {
        clock.pin(LocalDate.of(2025, 3, 14));
        submitted("Rà soát 12 thủ tục.");
        submitted("Số hóa 1.350 hồ sơ.");
        // Computed apart from the consolidation: each submitted report's own figure (typed, else computed).
        long expected = jdbc.sql("""
                        select coalesce(sum(coalesce((f ->> 'typed')::bigint, (f ->> 'computed')::bigint)), 0)
                        from reform_report r, jsonb_array_elements(r.figures) f
                        where r.period_key = ? and r.status in ('SUBMITTED', 'ACCEPTED') and f ->> 'code' = 'dossier-received'""")
                .param(PERIOD).query(Long.class).single();
        assertThat(expected).isGreaterThanOrEqualTo(6);

        byte[] xlsx = mvc.perform(get("/reform-reports/province/" + PERIOD + "/appendix.xlsx").with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sums = book.getSheetAt(0);
            double received = -1;
            for (Row row : sums) {
                if (row.getCell(1) != null && "Hồ sơ tiếp nhận".equals(row.getCell(1).getStringCellValue())) {
                    received = row.getCell(2).getNumericCellValue();
                }
            }
            assertThat((long) received).isEqualTo(expected);
        }
    }

    @Test
    void aUnitOfficerCannotReadTheProvincesConsolidation() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context);
        mvc.perform(get("/reform-reports/province/" + PERIOD).with(as(f.officer))).andExpect(status().isForbidden());
    }
}
