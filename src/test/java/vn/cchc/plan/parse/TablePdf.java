package vn.cchc.plan.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** PDFs with a text layer laid out as a table, as Word prints one: text only, no ruling, merged cells printed once. */
final class TablePdf {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private TablePdf() {
    }

    /** One PDF page per list of rows; the cells of a row stand at fixed x-positions 150 pt apart. */
    @SafeVarargs
    static byte[] of(List<String[]>... pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, Files.newInputStream(FONT));
            for (List<String[]> rows : pages) {
                PDPage page = new PDPage(new PDRectangle(700, 300));
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                    float y = 260;
                    for (String[] row : rows) {
                        for (int c = 0; c < row.length; c++) {
                            if (!row[c].isEmpty()) {
                                stream.beginText();
                                stream.setFont(font, 9);
                                stream.newLineAtOffset(20 + 150 * c, y);
                                stream.showText(row[c]);
                                stream.endText();
                            }
                        }
                        y -= 14;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
