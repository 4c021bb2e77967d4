package vn.cchc.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static vn.cchc.document.PdfCanvas.Align;
import static vn.cchc.document.PdfCanvas.LEADING;
import static vn.cchc.document.PdfCanvas.MM;
import static vn.cchc.document.PdfCanvas.Piece;
import static vn.cchc.document.PdfFonts.Face;

/**
 * The PDF twin of {@link OfficialDocx}: the same builder (heading in the constructor, {@link #paragraph},
 * {@link #table}, {@link #closing}, {@link #bytes}) with the same arguments, so a caller switches format by switching
 * the class. A4 (landscape for wide tables), the Decree 30 margins, Liberation Serif (Times New Roman's metrics)
 * embedded so Vietnamese reads the same on any reader; page numbers from page 2, centred in the top margin.
 * One instance builds one document; {@link #bytes()} ends it.
 */
public final class OfficialPdf implements OfficialDocument {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final float CELL_PADDING = 2.5f;

    private final PDDocument doc = new PDDocument();
    private final PdfCanvas canvas;

    public OfficialPdf(DocumentHeading heading) {
        this(heading, PageLayout.PORTRAIT);
    }

    public OfficialPdf(DocumentHeading h, PageLayout layout) {
        PDRectangle a4 = PDRectangle.A4;
        canvas = new PdfCanvas(doc, new PdfFonts(doc),
                layout == PageLayout.LANDSCAPE ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(h.type() + " " + h.summary());
        info.setAuthor(h.issuer());
        float bodyWidth = canvas.width() * 0.4f;
        float mottoWidth = canvas.width() - bodyWidth;
        float mottoX = canvas.left + bodyWidth;
        List<Piece> body = List.of(Piece.centred(h.parentBody().toUpperCase(), Face.REGULAR, 13),
                Piece.centred(h.issuer().toUpperCase(), Face.BOLD, 13));
        List<Piece> motto = List.of(Piece.centred(h.motto1(), Face.BOLD, 12),
                Piece.centred(h.motto2(), Face.BOLD, 13).underlined());
        float top = canvas.y();
        float used = Math.max(canvas.draw(body, canvas.left, bodyWidth, top), canvas.draw(motto, mottoX, mottoWidth, top));
        // the short rule under the issuing body, a third of its column
        float ruleAt = top - canvas.measure(body, bodyWidth) - 2;
        canvas.rule(canvas.left + bodyWidth / 3, canvas.left + 2 * bodyWidth / 3, ruleAt, 0.6f);
        canvas.down(used + 8);
        float second = canvas.y();
        List<Piece> number = h.letter()
                ? List.of(Piece.centred(h.number(), Face.REGULAR, 13), Piece.centred(h.summary(), Face.REGULAR, 12))
                : List.of(Piece.centred(h.number(), Face.REGULAR, 13));
        float rowUsed = Math.max(canvas.draw(number, canvas.left, bodyWidth, second),
                canvas.draw(List.of(Piece.centred(h.place() + ", " + OfficialDocx.date(h.date()), Face.ITALIC, 13)),
                        mottoX, mottoWidth, second));
        canvas.down(rowUsed);
        if (h.letter()) {
            canvas.down(12);
            return;
        }
        canvas.flow(List.of(Piece.centred(h.type().toUpperCase(), Face.BOLD, 14).spaced(12, 0),
                Piece.centred(h.summary(), Face.BOLD, 14).spaced(0, 12)));
    }

    /** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after, 13 pt. */
    @Override
    public OfficialPdf paragraph(String text, boolean bold) {
        Piece p = new Piece(text, bold ? Face.BOLD : Face.REGULAR, 13, Align.JUSTIFY, false, 0, 6, 12.7f * MM);
        canvas.flow(List.of(p));
        return this;
    }

    /**
     * A bordered table with a bold, centred heading row (repeated at the top of each page it runs onto), followed by
     * a blank line so text does not stick to it.
     */
    @Override
    public OfficialPdf table(List<TableColumn> columns, List<TableRow> rows) {
        float[] widths = widths(columns);
        List<Piece> heading = new ArrayList<>();
        for (TableColumn c : columns) {
            heading.add(new Piece(c.heading(), Face.BOLD, 12, Align.CENTRE, false, 0, 0, 0));
        }
        float headingHeight = rowHeight(heading, widths);
        canvas.ensure(headingHeight + 12 * LEADING + 2 * CELL_PADDING);
        drawRow(heading, widths, headingHeight);
        for (TableRow r : rows) {
            List<Piece> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                String text = c < r.cells().size() ? r.cells().get(c) : "";
                cells.add(new Piece(text, r.bold() ? Face.BOLD : Face.REGULAR, 12,
                        columns.get(c).leftAligned() ? Align.LEFT : Align.CENTRE, false, 0, 0, 0));
            }
            float h = rowHeight(cells, widths);
            if (canvas.y() - h < canvas.bottom) {
                canvas.newPage();
                drawRow(heading, widths, headingHeight);
            }
            drawRow(cells, widths, h);
        }
        canvas.down(13 * LEADING);
        return this;
    }

    /** "Nơi nhận:" on the left; the signature block on the right, with room for the signature and seal; kept together. */
    @Override
    public OfficialPdf closing(Closing c) {
        float half = canvas.width() / 2;
        List<Piece> recipients = new ArrayList<>();
        recipients.add(Piece.left(c.recipientsLabel(), Face.BOLD_ITALIC, 12));
        for (String r : c.recipients()) {
            recipients.add(Piece.left("- " + r, Face.REGULAR, 11));
        }
        List<Piece> signature = List.of(Piece.centred(c.signPrefix().toUpperCase(), Face.BOLD, 13),
                Piece.centred(c.signTitle().toUpperCase(), Face.BOLD, 13).spaced(0, 4 * 13 * LEADING),
                Piece.centred(c.signer(), Face.BOLD, 13));
        canvas.down(6);
        canvas.ensure(Math.max(canvas.measure(recipients, half), canvas.measure(signature, half)));
        float top = canvas.y();
        float used = Math.max(canvas.draw(recipients, canvas.left, half, top),
                canvas.draw(signature, canvas.left + half, half, top));
        canvas.down(used);
        return this;
    }

    @Override
    public byte[] bytes() {
        canvas.numberPages();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float[] widths(List<TableColumn> columns) {
        int total = columns.stream().mapToInt(TableColumn::widthPercent).sum();
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            // percentages that do not add up to 100 are shared out in proportion, as Word does
            w[i] = canvas.width() * columns.get(i).widthPercent() / (total == 0 ? 1 : total);
        }
        return w;
    }

    private float rowHeight(List<Piece> cells, float[] widths) {
        float h = 0;
        for (int i = 0; i < cells.size(); i++) {
            h = Math.max(h, canvas.measure(List.of(cells.get(i)), widths[i] - 2 * CELL_PADDING));
        }
        return h + 2 * CELL_PADDING;
    }

    private void drawRow(List<Piece> cells, float[] widths, float height) {
        float x = canvas.left;
        float top = canvas.y();
        for (int i = 0; i < cells.size(); i++) {
            canvas.rectangle(x, top, widths[i], height);
            canvas.draw(List.of(cells.get(i)), x + CELL_PADDING, widths[i] - 2 * CELL_PADDING, top - CELL_PADDING);
            x += widths[i];
        }
        canvas.down(height);
    }
}
