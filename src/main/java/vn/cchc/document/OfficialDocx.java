package vn.cchc.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static vn.cchc.document.Runs.centred;
import static vn.cchc.document.Runs.centredLine;
import static vn.cchc.document.Runs.run;

/**
 * Builds a Word document in the official format of Decree 30/2020/NĐ-CP: the two-column borderless header
 * (parent and issuing body | national motto), "Số:", place and date in italics, the document type and summary
 * centred in bold, then the caller's body (paragraphs and tables, 12–13 pt) and the closing. Page size, margins
 * and page numbers are set by {@link PageSetup}. One instance builds one document; {@link #bytes()} ends it.
 */
public final class OfficialDocx implements OfficialDocument {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final XWPFDocument doc = new XWPFDocument();

    public OfficialDocx(DocumentHeading heading) {
        this(heading, PageLayout.PORTRAIT);
    }

    public OfficialDocx(DocumentHeading h, PageLayout layout) {
        PageSetup.apply(doc, layout);
        XWPFTable t = doc.createTable(2, 2);
        Runs.borderless(t);
        t.setWidth("100%");
        XWPFTableCell body = t.getRow(0).getCell(0);
        centred(body, h.parentBody().toUpperCase(), false, 13, false);
        centredLine(body, h.issuer().toUpperCase(), true, 13);
        centredLine(body, "————", false, 8);
        XWPFTableCell motto = t.getRow(0).getCell(1);
        centred(motto, h.motto1(), true, 12, false);
        centredLine(motto, h.motto2(), true, 13).setUnderline(UnderlinePatterns.SINGLE);
        centred(t.getRow(1).getCell(0), h.number(), false, 13, false);
        if (h.letter()) {
            centredLine(t.getRow(1).getCell(0), h.summary(), false, 12);
        }
        centred(t.getRow(1).getCell(1), h.place() + ", " + date(h.date()), false, 13, true);
        body.setWidth("40%");
        motto.setWidth("60%");
        if (h.letter()) {
            doc.createParagraph();
            return;
        }
        XWPFParagraph type = doc.createParagraph();
        type.setAlignment(ParagraphAlignment.CENTER);
        type.setSpacingBefore(240);
        run(type, h.type().toUpperCase(), true, false, 14);
        XWPFParagraph summary = doc.createParagraph();
        summary.setAlignment(ParagraphAlignment.CENTER);
        summary.setSpacingAfter(240);
        run(summary, h.summary(), true, false, 14);
    }

    /** "ngày 05 tháng 01 năm 2026": the decree wants a leading zero on days 1–9 and on months 1–2 only. */
    public static String date(LocalDate d) {
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + d.getYear();
    }

    /** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after, 13 pt. */
    @Override
    public OfficialDocx paragraph(String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(720);
        p.setSpacingAfter(120);
        run(p, text, bold, false, 13);
        return this;
    }

    /** A bordered table with a bold, centred heading row, followed by an empty paragraph so text does not stick to it. */
    @Override
    public OfficialDocx table(List<TableColumn> columns, List<TableRow> rows) {
        XWPFTable t = doc.createTable(rows.size() + 1, columns.size());
        t.setWidth("100%");
        for (int c = 0; c < columns.size(); c++) {
            cell(t.getRow(0).getCell(c), columns.get(c).heading(), true, columns.get(c).widthPercent(), ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            TableRow values = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                TableColumn column = columns.get(c);
                cell(row.getCell(c), c < values.cells().size() ? values.cells().get(c) : "", values.bold(),
                        column.widthPercent(), column.leftAligned() ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            }
        }
        doc.createParagraph();
        return this;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, int width, ParagraphAlignment align) {
        cell.setWidth(width + "%");
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        run(p, text == null ? "" : text, bold, false, 12);
    }

    /** "Nơi nhận:" on the left; the signature block on the right, with room for the signature and seal. */
    @Override
    public OfficialDocx closing(Closing c) {
        XWPFTable t = doc.createTable(1, 2);
        Runs.borderless(t);
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        left.setWidth("50%");
        run(left.getParagraphs().get(0), c.recipientsLabel(), true, true, 12);
        for (String r : c.recipients()) {
            run(left.addParagraph(), "- " + r, false, false, 11);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        right.setWidth("50%");
        centred(right, c.signPrefix().toUpperCase(), true, 13, false);
        centredLine(right, c.signTitle().toUpperCase(), true, 13);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        centredLine(right, c.signer(), true, 13);
        return this;
    }

    @Override
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
