package vn.cchc.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A4 sheets of slips to cut out, eight a page (two columns, four rows, dashed cut lines): each slip a square matrix
 * drawn as filled modules (a QR code the caller encoded, so this module needs no barcode library), a bold title, a
 * few lines of text and a line in large letters (the code to type by hand). Liberation Serif embedded, as in
 * {@link OfficialPdf}, so Vietnamese prints on any printer. One instance builds one file; {@link #bytes()} ends it.
 */
public final class SlipSheet {

    /** One slip: {@code modules[row][column]} true where the matrix is dark. */
    public record Slip(String title, List<String> lines, String large, boolean[][] modules) {
    }

    private static final float MM = PdfCanvas.MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float MARGIN = 10 * MM;

    private final PDDocument doc = new PDDocument();
    private final PdfFonts fonts = new PdfFonts(doc);
    private PDPageContentStream out;
    private int onPage = COLUMNS * ROWS;

    public SlipSheet add(Slip slip) {
        try {
            if (onPage == COLUMNS * ROWS) {
                newPage();
            }
            PDRectangle a4 = PDRectangle.A4;
            float w = (a4.getWidth() - 2 * MARGIN) / COLUMNS;
            float h = (a4.getHeight() - 2 * MARGIN) / ROWS;
            float x = MARGIN + (onPage % COLUMNS) * w;
            float top = a4.getHeight() - MARGIN - (onPage / COLUMNS) * h;
            float qr = Math.min(h - 10 * MM, 38 * MM);
            drawMatrix(slip.modules(), x + 4 * MM, top - 5 * MM - qr, qr);
            float textX = x + qr + 8 * MM;
            float textWidth = w - qr - 12 * MM;
            float baseline = top - 10 * MM;
            baseline = write(slip.title(), PdfFonts.Face.BOLD, 11, textX, baseline, textWidth);
            for (String line : slip.lines()) {
                baseline = write(line, PdfFonts.Face.REGULAR, 9.5f, textX, baseline - 1, textWidth);
            }
            write(slip.large(), PdfFonts.Face.BOLD, 15, textX, baseline - 4, textWidth);
            onPage++;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            if (out == null) {
                newPage();
            }
            out.close();
            doc.save(bytes);
            doc.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        onPage = 0;
        PDRectangle a4 = PDRectangle.A4;
        out.setLineWidth(0.3f);
        out.setLineDashPattern(new float[]{3, 3}, 0);
        for (int c = 0; c <= COLUMNS; c++) {
            float x = MARGIN + c * (a4.getWidth() - 2 * MARGIN) / COLUMNS;
            out.moveTo(x, MARGIN);
            out.lineTo(x, a4.getHeight() - MARGIN);
        }
        for (int r = 0; r <= ROWS; r++) {
            float y = MARGIN + r * (a4.getHeight() - 2 * MARGIN) / ROWS;
            out.moveTo(MARGIN, y);
            out.lineTo(a4.getWidth() - MARGIN, y);
        }
        out.stroke();
        out.setLineDashPattern(new float[]{}, 0);
    }

    private void drawMatrix(boolean[][] m, float x, float y, float size) throws IOException {
        if (m.length == 0) {
            return;
        }
        float cell = size / m.length;
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                if (m[r][c]) {
                    out.addRect(x + c * cell, y + size - (r + 1) * cell, cell, cell);
                }
            }
        }
        out.fill();
    }

    /** Writes the text wrapped to the width; the baseline of the next line. */
    private float write(String text, PdfFonts.Face face, float size, float x, float baseline, float width) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && fonts.get(face).getStringWidth(candidate) / 1000f * size > width) {
                show(line.toString(), face, size, x, baseline);
                baseline -= size * 1.25f;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            show(line.toString(), face, size, x, baseline);
            baseline -= size * 1.25f;
        }
        return baseline;
    }

    private void show(String text, PdfFonts.Face face, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(fonts.get(face), size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }
}
