package vn.cchc.files;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared upload rule: kinds come from the content, never from the name, and the size is capped. */
class UploadCheckTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final UploadCheck check = UploadCheck.evidence(1024);

    @Test
    void aTextFileNamedPdfIsRefused() {
        // The checker never sees the name "bao-cao.pdf"; only these bytes decide.
        byte[] text = "Báo cáo kết quả thực hiện nhiệm vụ".getBytes(StandardCharsets.UTF_8);

        assertThat(check.check(text).refusal()).isEqualTo(UploadResult.Refusal.NOT_ALLOWED);
    }

    @Test
    void realPdfBytesAreAcceptedWhateverTheName() {
        UploadResult result = check.check(PDF);

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.kind().contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aZipThatIsNeitherDocxNorXlsxIsRefused() throws IOException {
        byte[] zip = zip("[Content_Types].xml", "notes/readme.txt");

        assertThat(check.check(zip).refusal()).isEqualTo(UploadResult.Refusal.NOT_ALLOWED);
    }

    @Test
    void aWordDocumentIsRecognisedInsideItsZip() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");

        assertThat(check.check(docx).kind()).isEqualTo(FileKind.DOCX);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedEvenWhenItsKindIsAllowed() {
        byte[] big = new byte[1025];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertThat(check.check(big).refusal()).isEqualTo(UploadResult.Refusal.TOO_LARGE);
        assertThat(UploadCheck.evidence(1025).check(big).kind()).isEqualTo(FileKind.PDF);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(check.check(new byte[0]).refusal()).isEqualTo(UploadResult.Refusal.EMPTY);
    }

    @Test
    void aKindOutsideTheAllowedSetIsRefused() {
        UploadCheck pdfOnly = new UploadCheck(java.util.Set.of(FileKind.PDF), 1024);

        assertThat(pdfOnly.check(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).refusal())
                .isEqualTo(UploadResult.Refusal.NOT_ALLOWED);
    }

    @Test
    void aRefusedKindIsToldWhichKindsTheRuleTakes() {
        UploadCheck pdfAndPictures = new UploadCheck(java.util.Set.of(FileKind.PNG, FileKind.PDF, FileKind.JPEG), 1024);

        assertThat(pdfAndPictures.refusalText(UploadResult.Refusal.NOT_ALLOWED))
                .isEqualTo("không nhận loại tệp này; chỉ nhận PDF, JPEG, PNG (xét theo nội dung tệp, không theo tên).");
    }

    @Test
    void aFileTooLargeIsToldTheLimitInMegabytes() {
        assertThat(UploadCheck.evidence(20L * 1_048_576).refusalText(UploadResult.Refusal.TOO_LARGE))
                .isEqualTo("vượt quá 20 MB.");
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aWordFileThatUnpacksToHalfAGibibyteIsRefusedWithinASecond() {
        byte[] bomb = ZipBombs.docx(512L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long start = System.nanoTime();
        UploadResult result = UploadCheck.evidence(20 * 1024 * 1024).check(bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.refusal()).isEqualTo(UploadResult.Refusal.EXPANDS_TOO_MUCH);
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void aWordFileWithMoreThanAThousandEntriesIsRefused() {
        assertThat(UploadCheck.evidence(20 * 1024 * 1024).check(ZipBombs.docxWithEntries(1000)).refusal())
                .isEqualTo(UploadResult.Refusal.TOO_MANY_ENTRIES);
    }

    @Test
    void aWordFileOfOrdinaryTextWellWithinTheLimitsIsAccepted() {
        // 90 KB of blanks compresses about 1000 times, but is below the grace size where the ratio starts to count
        assertThat(UploadCheck.evidence(20 * 1024 * 1024).check(ZipBombs.docx(90 * 1024)).kind()).isEqualTo(FileKind.DOCX);
    }

    @Test
    void entriesThatTogetherUnpackBeyondTheTotalLimitAreRefusedEvenAtAModestRatio() {
        ZipLimits limits = new ZipLimits(1000, 1024 * 1024, 1_000_000);

        assertThat(limits.breach(ZipBombs.docx(2 * 1024 * 1024))).contains(UploadResult.Refusal.EXPANDS_TOO_MUCH);
        assertThat(limits.breach(ZipBombs.docx(512 * 1024))).isEmpty();
    }
}
