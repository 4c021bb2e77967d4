package vn.cchc.inspection;

import vn.cchc.document.DocumentHeading;
import vn.cchc.document.OfficialDocument;
import vn.cchc.document.OfficialFormat;
import vn.cchc.document.OfficialTexts;
import vn.cchc.document.TableColumn;
import vn.cchc.document.TableRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A conclusion notice (thông báo kết luận) as content: the heading, the body's paragraphs (a bold one is a heading
 * line), the table of what must be done by whom and when, and the recipients. Written once, in {@link #write}, over
 * {@link OfficialDocument}, so the Word and the PDF carry the same content.
 */
record ConclusionNotice(DocumentHeading heading, List<Line> lines, List<String> columns, List<List<String>> work,
                        List<String> recipients) {

    record Line(String text, boolean bold) {
    }

    private static final int[] WIDTHS = {6, 54, 22, 18};

    byte[] write(OfficialTexts texts, OfficialFormat format) {
        OfficialDocument doc = format.start(heading);
        for (Line l : lines) {
            doc.paragraph(l.text(), l.bold());
        }
        if (!work.isEmpty()) {
            List<TableColumn> cols = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cols.add(new TableColumn(columns.get(i), WIDTHS[i], i == 1 || i == 2));
            }
            doc.table(cols, work.stream().map(TableRow::of).toList());
        }
        return doc.closing(texts.closing(recipients)).bytes();
    }
}
