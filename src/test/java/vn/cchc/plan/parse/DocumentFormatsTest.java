package vn.cchc.plan.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same seed 001 table through .docx and .pdf, and the inputs that must be refused. */
class DocumentFormatsTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    @Test
    void docxWithRealTableGivesTheSameTasks() throws IOException {
        String seed = Seeds.text("001");
        ParsedPlan fromText = parsing.parse(seed.getBytes(StandardCharsets.UTF_8), "001.txt", null);

        ParsedPlan fromDocx = parsing.parse(docx(seed), "ke-hoach.pdf", null);

        assertThat(fromDocx.tasks()).hasSize(42).isEqualTo(fromText.tasks());
        assertThat(fromDocx.document().number()).isEqualTo("02/KH-BCĐ");
    }

    @Test
    void theReviewerSeesTheTextReadFromADocxIncludingItsTableRows() throws IOException {
        String source = parsing.sourceText(docx(Seeds.text("001")));

        assertThat(source).contains("Ban hành Kế hoạch công tác của Ban Chỉ đạo năm 2024\t");
        assertThat(source).contains("Chọn việc trọng tâm - Hành động quyết liệt");
    }

    @Test
    void pdfWithColumnsGivesTheSameTasks() throws IOException {
        assertThat(FONT).as("a TTF font with Vietnamese glyphs").exists();
        String seed = Seeds.text("001");
        ParsedPlan fromText = parsing.parse(seed.getBytes(StandardCharsets.UTF_8), "001.txt", null);

        ParsedPlan fromPdf = parsing.parse(pdf(seed, null), "ke-hoach.docx", null);

        assertThat(fromPdf.tasks()).hasSize(42);
        for (int i = 0; i < 42; i++) {
            PlanTask expected = fromText.tasks().get(i);
            PlanTask actual = fromPdf.tasks().get(i);
            assertThat(actual).as("task %s.%s", expected.section(), expected.number()).isEqualTo(expected);
        }
    }

    @Test
    void rejectsEmptyFile() {
        assertRejected(new byte[0], PlanParseException.Reason.EMPTY, "rỗng");
    }

    @Test
    void rejectsFileOverTheLimit() {
        byte[] content = "Số: 1/KH-UBND".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parsing.parse(content, "x.txt", null, 5))
                .isInstanceOfSatisfying(PlanParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PlanParseException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("vượt giới hạn");
                });
    }

    @Test
    void rejectsDamagedFiles() {
        byte[] truncatedZip = Arrays.copyOf(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 'w', 'o', 'r', 'd', '/'}, 64);
        assertRejected(truncatedZip, PlanParseException.Reason.DAMAGED, "hỏng");
        assertRejected("%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII), PlanParseException.Reason.DAMAGED, "PDF");
        assertRejected(new byte[] {(byte) 0xC3, (byte) 0x28, 0x41}, PlanParseException.Reason.DAMAGED, "UTF-8");
    }

    @Test
    void rejectsPasswordProtectedPdf() throws IOException {
        assertRejected(pdf("Số: 1/KH-UBND\nKẾ HOẠCH", "secret"), PlanParseException.Reason.ENCRYPTED, "mật khẩu");
    }

    @Test
    void rejectsEncryptedDocx() throws Exception {
        byte[] plain = docx("Số: 1/KH-UBND\nKẾ HOẠCH");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        assertRejected(out.toByteArray(), PlanParseException.Reason.ENCRYPTED, "mật khẩu");
    }

    @Test
    void rejectsTextThatIsNotAPlan() {
        assertRejected("Danh sách mua sắm: bút, giấy, mực in.".getBytes(StandardCharsets.UTF_8),
                PlanParseException.Reason.NOT_A_PLAN, "không phải là văn bản hành chính");
    }

    private void assertRejected(byte[] content, PlanParseException.Reason reason, String messagePart) {
        assertThatThrownBy(() -> parsing.parse(content, "tep", null))
                .isInstanceOfSatisfying(PlanParseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    /** Lines with tabs become rows of real Word tables; other lines become paragraphs. */
    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String line : text.split("\n", -1)) {
                if (!line.contains("\t")) {
                    table = null;
                    document.createParagraph().createRun().setText(line);
                    continue;
                }
                String[] cells = line.split("\t", -1);
                XWPFTableRow row;
                if (table == null) {
                    table = document.createTable(1, cells.length);
                    row = table.getRow(0);
                } else {
                    row = table.createRow();
                }
                while (row.getTableCells().size() < cells.length) {
                    row.addNewTableCell();
                }
                for (int i = 0; i < cells.length; i++) {
                    row.getCell(i).setText(cells[i]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * One text line per PDF line; table cells are placed at column positions far enough apart that the
     * extractor sees column gaps. The page is very wide so that a whole row fits on one line.
     */
    private static byte[] pdf(String text, String password) throws IOException {
        List<String> lines = text.lines().toList();
        int columns = lines.stream().mapToInt(l -> l.split("\t", -1).length).max().orElse(1);
        float fontSize = 4f;
        float[] width = new float[columns];
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            if (cells.length > 1) {
                for (int i = 0; i < cells.length; i++) {
                    width[i] = Math.max(width[i], cells[i].length() * fontSize * 0.62f + 30f);
                }
            }
        }
        float pageWidth = 40f;
        for (float w : width) {
            pageWidth += w;
        }
        float lineHeight = fontSize * 1.6f;
        int perPage = 120;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, Files.newInputStream(FONT));
            List<List<String>> pages = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += perPage) {
                pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
            }
            for (List<String> pageLines : pages) {
                PDPage page = new PDPage(new PDRectangle(Math.max(pageWidth, 600f), perPage * lineHeight + 40f));
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - 20f;
                    for (String line : pageLines) {
                        String[] cells = line.split("\t", -1);
                        float x = 20f;
                        for (int i = 0; i < cells.length; i++) {
                            if (!cells[i].isBlank()) {
                                stream.beginText();
                                stream.setFont(font, fontSize);
                                stream.newLineAtOffset(x, y);
                                stream.showText(cells[i].strip());
                                stream.endText();
                            }
                            x += cells.length > 1 ? width[i] : 0;
                        }
                        y -= lineHeight;
                    }
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
