package vn.cchc.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens generated PDFs with PDFBox, as a reader would, and checks the decree's layout and the Vietnamese text. */
class OfficialPdfTest {

    private static final LocalDate JANUARY_5 = LocalDate.of(2026, 1, 5);

    private final OfficialTexts texts = new OfficialTexts(bundle());

    @Test
    void theHeaderBodyAndClosingReadWithTheirVietnameseDiacritics() throws IOException {
        String text = text(portrait(1));

        assertThat(text).contains("UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 12/BC-SNV", "Nghệ An, ngày 05 tháng 01 năm 2026", "BÁO CÁO",
                "Kết quả thử nghiệm", "Nội dung báo cáo về cải cách hành chính.", "Nhiệm vụ thứ nhất", "Nơi nhận:",
                "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void everyGlyphIsLiberationSerifEmbeddedInTheFile() throws IOException {
        try (PDDocument doc = Loader.loadPDF(portrait(1))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }

            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f.getName()).contains("LiberationSerif");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void thePageIsA4AndTheTextKeepsTheDecreesMargins() throws IOException {
        try (PDDocument doc = Loader.loadPDF(portrait(1))) {
            PDRectangle size = doc.getPage(0).getMediaBox();
            List<TextPosition> glyphs = glyphs(doc);

            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            // 30 mm left, 20 mm right (72/25.4 points a millimetre), half a point for rounding
            assertThat(glyphs).allSatisfy(g -> {
                assertThat(g.getXDirAdj()).isGreaterThanOrEqualTo(30 * 72 / 25.4f - 0.5f);
                assertThat(g.getXDirAdj() + g.getWidthDirAdj()).isLessThanOrEqualTo(size.getWidth() - 20 * 72 / 25.4f + 0.5f);
            });
        }
    }

    @Test
    void aLongTableRunsOntoNumberedPagesAndTheFirstHasNoNumber() throws IOException {
        try (PDDocument doc = Loader.loadPDF(portrait(80))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(firstLine(doc, 1)).startsWith("UBND TỈNH NGHỆ AN");
            assertThat(firstLine(doc, 2)).isEqualTo("2");
            assertThat(firstLine(doc, 3)).isEqualTo("3");
            assertThat(text(doc, 3)).contains("STT Nội dung");
        }
    }

    @Test
    void aLandscapeDocumentIsA4Turned() throws IOException {
        byte[] bytes = new OfficialPdf(texts.heading("Số: 3/DS-SNV", "Danh sách nhiệm vụ", "Kế hoạch 1", JANUARY_5),
                PageLayout.LANDSCAPE).bytes();

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getWidth());
        }
        assertThat(text(bytes)).contains("DANH SÁCH NHIỆM VỤ", "Kế hoạch 1");
    }

    @Test
    void aLetterTheFontLacksIsShownAsAQuestionMarkInsteadOfFailing() throws IOException {
        byte[] bytes = new OfficialPdf(texts.heading("Số: 1/CV-SNV", "Công văn", "Thử", JANUARY_5))
                .paragraph("Ký tự lạ: \u4e2d và dấu tách rời: Nghe\u0323\u0302 An", false).bytes();

        assertThat(text(bytes)).contains("Ký tự lạ: ? và dấu tách rời: Nghệ An");
    }

    @Test
    void aLetterHasNoTypeNameAndItsSummaryStandsUnderItsNumber() throws IOException {
        byte[] bytes = new OfficialPdf(texts.heading("Số: 7/SNV-CCHC", "", "V/v đôn đốc thực hiện nhiệm vụ CCHC", JANUARY_5))
                .paragraph("Kính gửi: Sở Tư pháp.", false).bytes();

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> lines = text(doc, 1).lines().map(String::strip).toList();
            assertThat(lines).containsSubsequence("Số: 7/SNV-CCHC Nghệ An, ngày 05 tháng 01 năm 2026",
                    "V/v đôn đốc thực hiện nhiệm vụ", "CCHC", "Kính gửi: Sở Tư pháp.");
        }
    }

    @Test
    void bothFormatsTakeTheSameCallsAndSayWhatTheyAre() throws IOException {
        for (OfficialFormat f : OfficialFormat.values()) {
            byte[] bytes = f.start(texts.heading("Số: 8/BC-SNV", "Báo cáo", "Tình hình thực hiện", JANUARY_5))
                    .paragraph("Nội dung.", false).closing(texts.closing(List.of("Lưu: VT."))).bytes();

            if (f == OfficialFormat.PDF) {
                assertThat(text(bytes)).contains("Tình hình thực hiện");
                assertThat(f.contentType()).isEqualTo("application/pdf");
            } else {
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
                    assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("Tình hình thực hiện"));
                }
                assertThat(f.extension()).isEqualTo("docx");
            }
        }
    }

    private byte[] portrait(int rows) {
        List<TableRow> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(TableRow.of(List.of(String.valueOf(i), i == 1 ? "Nhiệm vụ thứ nhất"
                    : "Rà soát, đơn giản hóa thủ tục hành chính nội bộ của đơn vị, lần thứ " + i)));
        }
        return new OfficialPdf(texts.heading("Số: 12/BC-SNV", "Báo cáo", "Kết quả thử nghiệm", JANUARY_5))
                .paragraph("Nội dung báo cáo về cải cách hành chính.", false)
                .table(List.of(new TableColumn("STT", 10, false), new TableColumn("Nội dung", 90, true)), body)
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

    static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
        }
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("[ \\t]+", " ");
    }

    private static String firstLine(PDDocument doc, int page) throws IOException {
        return text(doc, page).strip().lines().findFirst().orElse("").strip();
    }

    private static List<TextPosition> glyphs(PDDocument doc) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
            }
        };
        stripper.getText(doc);
        return all;
    }
}
