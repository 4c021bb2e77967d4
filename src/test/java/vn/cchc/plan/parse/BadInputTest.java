package vn.cchc.plan.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files the reader cannot read say why, and what the officer can send instead. */
class BadInputTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** "Cộng hòa xã hội chủ nghĩa Việt Nam / Độc lập - Tự do - Hạnh phúc / Kế hoạch …" as TCVN3 bytes show. */
    private static final String TCVN3 = "Céng hoµ x· héi chñ nghÜa viÖt nam\n§éc lËp - Tù do - H¹nh phóc\n"
            + "KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2024 cña Së Néi vô tØnh NghÖ An";
    /** The same lines as VNI bytes show. */
    private static final String VNI = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\n"
            + "Keá hoaïch caûi caùch haønh chính naêm 2024 cuûa Sôû Noäi vuï tænh Ngheä An";

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    private void assertRefused(byte[] content, PlanParseException.Reason reason, String... messageParts) {
        assertThatThrownBy(() -> parsing.parse(content, "ke-hoach", null))
                .isInstanceOfSatisfying(PlanParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(messageParts);
                });
    }

    @Test
    void aScannedPdfWithoutATextLayerIsRefusedSayingATextLayerOrADocxIsNeeded() throws IOException {
        byte[] scan;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            scan = out.toByteArray();
        }

        assertRefused(scan, PlanParseException.Reason.EMPTY, "không có lớp chữ", "OCR", ".docx");
    }

    @Test
    void aTextFileInTcvn3IsRefusedNamingTheEncoding() {
        assertRefused(TCVN3.getBytes(WINDOWS_1252), PlanParseException.Reason.UNSUPPORTED_FORMAT, "TCVN3", "Unicode");
    }

    @Test
    void aTextFileInVniIsRefusedNamingTheEncoding() {
        assertRefused(VNI.getBytes(WINDOWS_1252), PlanParseException.Reason.UNSUPPORTED_FORMAT, "VNI", "Unicode");
    }

    @Test
    void legacyTextAlreadySavedAsUtf8IsRecognisedToo() {
        assertRefused(TCVN3.getBytes(StandardCharsets.UTF_8), PlanParseException.Reason.UNSUPPORTED_FORMAT, "TCVN3");
    }

    @Test
    void unicodeVietnameseIsNeverTakenForALegacyEncoding() throws IOException {
        assertThat(LegacyEncoding.of(Seeds.text("001"))).isEmpty();
        assertThat(LegacyEncoding.of(CorpusHeaderAccuracyTest.documentText("21-kiengiang-other-2019-1961-QD-UBND.txt"))).isEmpty();
    }
}
