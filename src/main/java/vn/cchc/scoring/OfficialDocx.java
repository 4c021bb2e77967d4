package vn.cchc.scoring;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * A Word document in the official format of Decree 30/2020/NĐ-CP: A4, margins 20/20/30/20 mm, Times New Roman,
 * the two-column borderless header (parent and issuing body | national motto), "Số:", place and date in italics,
 * the document type and summary centred in bold, body 13–14 pt, the signature block and "Nơi nhận:". Page numbers
 * are centred in the top margin from the second page on.
 */
final class OfficialDocx {

    static final String FONT = "Times New Roman";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int TWIPS_PER_MM = 57;

    private final XWPFDocument doc = new XWPFDocument();

    /** Header lines of the issuing body and the document. */
    record Heading(String parentBody, String issuer, String number, String place, LocalDate date, String type,
                   String summary, String motto1, String motto2) {
    }

    OfficialDocx(Heading h) {
        page();
        XWPFTable t = doc.createTable(2, 2);
        borderless(t);
        t.setWidth("100%");
        left(t.getRow(0).getCell(0), h.parentBody().toUpperCase(), false, 13, false);
        XWPFParagraph issuer = t.getRow(0).getCell(0).addParagraph();
        issuer.setAlignment(ParagraphAlignment.CENTER);
        run(issuer, h.issuer().toUpperCase(), true, false, 13);
        XWPFParagraph rule = t.getRow(0).getCell(0).addParagraph();
        rule.setAlignment(ParagraphAlignment.CENTER);
        run(rule, "————", false, false, 8);
        left(t.getRow(0).getCell(1), h.motto1(), true, 12, false);
        XWPFParagraph motto = t.getRow(0).getCell(1).addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun m = run(motto, h.motto2(), true, false, 13);
        m.setUnderline(UnderlinePatterns.SINGLE);
        left(t.getRow(1).getCell(0), h.number(), false, 13, false);
        left(t.getRow(1).getCell(1), h.place() + ", " + date(h.date()), false, 13, true);
        t.getRow(0).getCell(0).setWidth("40%");
        t.getRow(0).getCell(1).setWidth("60%");
        XWPFParagraph type = doc.createParagraph();
        type.setAlignment(ParagraphAlignment.CENTER);
        type.setSpacingBefore(240);
        run(type, h.type().toUpperCase(), true, false, 14);
        XWPFParagraph summary = doc.createParagraph();
        summary.setAlignment(ParagraphAlignment.CENTER);
        summary.setSpacingAfter(240);
        run(summary, h.summary(), true, false, 14);
    }

    /** "ngày 05 tháng 01 năm 2026": days 1–9 and months 1–2 with a leading zero. */
    static String date(LocalDate d) {
        String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : String.valueOf(d.getDayOfMonth());
        String month = d.getMonthValue() <= 2 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + d.getYear();
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(20 * TWIPS_PER_MM));
        mar.setBottom(BigInteger.valueOf(20 * TWIPS_PER_MM));
        mar.setLeft(BigInteger.valueOf(30 * TWIPS_PER_MM));
        mar.setRight(BigInteger.valueOf(20 * TWIPS_PER_MM));
        mar.setHeader(BigInteger.valueOf(10 * TWIPS_PER_MM));
        mar.setFooter(BigInteger.valueOf(10 * TWIPS_PER_MM));
        sect.addNewTitlePg();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    }

    /** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after, 13 pt. */
    OfficialDocx paragraph(String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(720);
        p.setSpacingAfter(120);
        run(p, text, bold, false, 13);
        return this;
    }

    /** A bordered table; the first row is the heading. Widths in percent. */
    OfficialDocx table(List<String> headings, List<List<String>> rows, int[] widths, List<Boolean> boldRows) {
        XWPFTable t = doc.createTable(rows.size() + 1, headings.size());
        t.setWidth("100%");
        for (int c = 0; c < headings.size(); c++) {
            cell(t.getRow(0).getCell(c), headings.get(c), true, widths[c], c == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.getRow(r + 1);
            boolean bold = boldRows != null && boldRows.get(r);
            for (int c = 0; c < headings.size(); c++) {
                cell(row.getCell(c), rows.get(r).get(c), bold, widths[c], c == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
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

    /** "Nơi nhận:" on the left; the signature block on the right. */
    OfficialDocx closing(String recipientsLabel, List<String> recipients, String prefix, String title, String signer) {
        XWPFTable t = doc.createTable(1, 2);
        borderless(t);
        t.setWidth("100%");
        XWPFTableCell left = t.getRow(0).getCell(0);
        left.setWidth("50%");
        XWPFParagraph label = left.getParagraphs().get(0);
        run(label, recipientsLabel, true, true, 12);
        for (String r : recipients) {
            XWPFParagraph p = left.addParagraph();
            run(p, "- " + r, false, false, 11);
        }
        XWPFTableCell right = t.getRow(0).getCell(1);
        right.setWidth("50%");
        XWPFParagraph p1 = right.getParagraphs().get(0);
        p1.setAlignment(ParagraphAlignment.CENTER);
        run(p1, prefix.toUpperCase(), true, false, 13);
        XWPFParagraph p2 = right.addParagraph();
        p2.setAlignment(ParagraphAlignment.CENTER);
        run(p2, title.toUpperCase(), true, false, 13);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        XWPFParagraph p3 = right.addParagraph();
        p3.setAlignment(ParagraphAlignment.CENTER);
        run(p3, signer, true, false, 13);
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void left(XWPFTableCell cell, String text, boolean bold, int size, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, size);
    }

    static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    private static void borderless(XWPFTable t) {
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    }
}
