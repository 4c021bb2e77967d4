package vn.cchc.document;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens generated documents with POI, as a reader would in Word, and checks the decree's layout. */
class OfficialDocxTest {

    private static final LocalDate JANUARY_5 = LocalDate.of(2026, 1, 5);

    /** The real bundle, so the test also catches a text that drifts from the decree. */
    private final OfficialTexts texts = new OfficialTexts(bundle());

    @Test
    void theHeaderNamesTheIssuingBodyAndTheNationalMotto() throws IOException {
        String text = text(portrait());

        assertThat(text).contains("UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-SNV", "BÁO CÁO", "Kết quả thử nghiệm", "Nơi nhận:",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void thePlaceAndDateHaveLeadingZerosOnDayAndMonth() throws IOException {
        assertThat(text(portrait())).contains("Nghệ An, ngày 05 tháng 01 năm 2026");
    }

    @Test
    void monthsFromMarchOnHaveNoLeadingZero() {
        assertThat(OfficialDocx.date(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(OfficialDocx.date(LocalDate.of(2026, 12, 25))).isEqualTo("ngày 25 tháng 12 năm 2026");
    }

    @Test
    void everyRunIsTimesNewRoman() throws IOException {
        try (XWPFDocument doc = open(portrait())) {
            List<XWPFRun> runs = runs(doc);

            assertThat(runs).isNotEmpty();
            assertThat(runs).allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    @Test
    void thePageIsA4WithTheDecreesMargins() throws IOException {
        try (XWPFDocument doc = open(portrait())) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();

            assertThat(size.getW().toString()).isEqualTo("11906");
            assertThat(size.getH().toString()).isEqualTo("16838");
            // 20 mm top, bottom and right, 30 mm left (57 twips a millimetre)
            assertThat(mar.getTop().toString()).isEqualTo("1140");
            assertThat(mar.getBottom().toString()).isEqualTo("1140");
            assertThat(mar.getLeft().toString()).isEqualTo("1710");
            assertThat(mar.getRight().toString()).isEqualTo("1140");
        }
    }

    @Test
    void aLandscapeDocumentIsA4TurnedWithTheSameMargins() throws IOException {
        byte[] bytes = new OfficialDocx(texts.heading("Số: 3/DS-SNV", "Danh sách nhiệm vụ", "Kế hoạch 1", JANUARY_5),
                PageLayout.LANDSCAPE).bytes();

        try (XWPFDocument doc = open(bytes)) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();

            assertThat(size.getW().toString()).isEqualTo("16838");
            assertThat(size.getH().toString()).isEqualTo("11906");
            assertThat(size.getOrient().toString()).isEqualTo("landscape");
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft().toString()).isEqualTo("1710");
        }
        assertThat(text(bytes)).contains("DANH SÁCH NHIỆM VỤ", "Kế hoạch 1");
    }

    @Test
    void thePageNumberIsLeftOffTheFirstPage() throws IOException {
        try (XWPFDocument doc = open(portrait())) {
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleList())
                    .anySatisfy(f -> assertThat(f.getInstr()).isEqualTo("PAGE"));
        }
    }

    @Test
    void aLetterHasNoTypeNameAndItsSummaryStandsUnderItsNumber() throws IOException {
        byte[] bytes = new OfficialDocx(texts.heading("Số: 7/SNV-CCHC", "", "V/v đôn đốc thực hiện nhiệm vụ CCHC", JANUARY_5))
                .paragraph("Kính gửi: Sở Tư pháp.", false).bytes();

        try (XWPFDocument doc = open(bytes)) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText())
                    .isEqualTo("Số: 7/SNV-CCHCV/v đôn đốc thực hiện nhiệm vụ CCHC");
            assertThat(doc.getParagraphs()).noneSatisfy(p -> assertThat(p.getText()).contains("V/v"));
        }
    }

    private byte[] portrait() {
        return new OfficialDocx(texts.heading("Số: 12/BC-SNV", "Báo cáo", "Kết quả thử nghiệm", JANUARY_5))
                .paragraph("Nội dung báo cáo.", false)
                .table(List.of(new TableColumn("STT", 10, false), new TableColumn("Nội dung", 90, true)),
                        List.of(TableRow.of(List.of("1", "Nhiệm vụ thứ nhất"))))
                .closing(texts.closing(List.of("Lưu: VT.")))
                .bytes();
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/document");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String text(byte[] bytes) throws IOException {
        try (XWPFDocument doc = open(bytes); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    /** Body paragraphs and those inside tables (the header, the signature, the data). */
    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs()))));
        List<XWPFRun> runs = new ArrayList<>();
        paragraphs.forEach(p -> runs.addAll(p.getRuns()));
        return runs;
    }
}
