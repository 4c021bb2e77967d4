package vn.cchc.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/** Text runs in the decree's font, and the borderless tables that lay out the header and the signature. */
final class Runs {

    static final String FONT = "Times New Roman";

    private Runs() {
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

    /** Writes into a cell's first paragraph, centred. */
    static void centred(XWPFTableCell cell, String text, boolean bold, int size, boolean italic) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, size);
    }

    /** Adds a centred paragraph to a cell. */
    static XWPFRun centredLine(XWPFTableCell cell, String text, boolean bold, int size) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return run(p, text, bold, false, size);
    }

    static void borderless(XWPFTable t) {
        t.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    }
}
