package vn.cchc.scoring;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An assessment's sheet claims no appraisal, band or rank before the round has them. */
class SheetExportClaimsTest extends ScoringTestBase {

    private long round(int year) {
        return jdbc.sql("select id from score_round where demo and year = ? order by id limit 1").param(year)
                .query(Long.class).single();
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get(path).with(as("snv.cchc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private String docx(long assessment) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download("/scoring/assessments/" + assessment + "/sheet.docx")));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    private String xlsx(long assessment) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("/scoring/assessments/" + assessment + "/sheet.xlsx")));
             XSSFExcelExtractor text = new XSSFExcelExtractor(wb)) {
            return text.getText();
        }
    }

    @Test
    void aSubmittedSheetOfARoundStillBeingAppraisedSaysNotAppraisedAndHasNoRank() throws Exception {
        String text = docx(assessment(round(2025), "SO_TAI_CHINH"));
        assertThat(text).contains("Kết quả tự đánh giá Chỉ số cải cách hành chính năm 2025 của Sở Tài chính (chưa thẩm định)")
                .contains("kết quả thẩm định: chưa thẩm định; chưa xếp loại, chưa xếp hạng")
                .doesNotContainPattern("xếp hạng \\d").doesNotContain("tổng điểm sau thẩm định");
    }

    @Test
    void aSheetNotYetSubmittedSaysSoInWordAndInExcel() throws Exception {
        long stp = assessment(round(2025), "SO_TU_PHAP");
        assertThat(docx(stp)).contains("Đơn vị chưa nộp phiếu tự đánh giá: chưa thẩm định, chưa xếp loại, chưa xếp hạng.")
                .doesNotContainPattern("xếp hạng \\d");
        assertThat(xlsx(stp)).contains("chưa nộp phiếu tự đánh giá, chưa thẩm định").doesNotContain("Xếp loại");
    }

    @Test
    void aSheetOfAPublishedRoundCarriesItsAppraisedResultAndRank() throws Exception {
        String text = docx(assessment(round(2024), "SO_TU_PHAP"));
        assertThat(text).contains("Kết quả thẩm định Chỉ số cải cách hành chính năm 2024 của Sở Tư pháp")
                .containsPattern("xếp hạng \\d+ trong nhóm").doesNotContain("chưa thẩm định");
    }
}
