package vn.cchc.plan.parse;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a Word document the way an officer's file holds it from a plain description: a line is a paragraph;
 * consecutive lines with tabs are the rows of one table (a tab parts cells); "¶" parts paragraphs inside a cell;
 * a cell "^" continues the cell above (vMerge); a row whose cells after the first are all empty is a group row,
 * one cell merged across the table (gridSpan); a row with fewer cells than the table spans its last cell over the
 * rest.
 */
final class SpecDocx {

    private SpecDocx() {
    }

    static byte[] build(String spec) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String[]> rows = new ArrayList<>();
            for (String line : spec.split("\n", -1)) {
                if (line.contains("\t")) {
                    String[] cells = line.split("\t", -1);
                    boolean group = cells.length > 1
                            && java.util.Arrays.stream(cells, 1, cells.length).allMatch(String::isBlank);
                    rows.add(group ? new String[] {cells[0]} : cells);
                    continue;
                }
                flush(document, rows);
                if (!line.isBlank()) {
                    document.createParagraph().createRun().setText(line);
                }
            }
            flush(document, rows);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void flush(XWPFDocument document, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            while (row.getTableCells().size() > cells.length) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            if (cells.length < columns) {
                row.getCell(cells.length - 1).getCTTc().addNewTcPr().addNewGridSpan()
                        .setVal(BigInteger.valueOf(columns - cells.length + 1));
            }
            for (int c = 0; c < cells.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                if (cells[c].equals("^")) {
                    cell.getCTTc().addNewTcPr().addNewVMerge();
                    continue;
                }
                boolean startsMerge = r + 1 < rows.size() && c < rows.get(r + 1).length && rows.get(r + 1)[c].equals("^");
                if (startsMerge) {
                    cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                }
                String[] paragraphs = cells[c].split("¶", -1);
                cell.setText(paragraphs[0]);
                for (int p = 1; p < paragraphs.length; p++) {
                    XWPFParagraph paragraph = cell.addParagraph();
                    paragraph.createRun().setText(paragraphs[p]);
                }
            }
        }
        rows.clear();
    }
}
