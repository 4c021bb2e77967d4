package vn.cchc.plan.parse;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.cchc.plan.parse.DocumentModel.Block;
import vn.cchc.plan.parse.DocumentModel.Cell;
import vn.cchc.plan.parse.DocumentModel.PageBreak;
import vn.cchc.plan.parse.DocumentModel.Paragraph;
import vn.cchc.plan.parse.DocumentModel.Row;
import vn.cchc.plan.parse.DocumentModel.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A .docx (POI XWPF) to the document model: paragraphs with their heading styles, tables with merges, page breaks. */
final class DocxDocuments {

    private DocxDocuments() {
    }

    static DocumentModel read(XWPFDocument document) {
        List<Block> blocks = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                if (paragraph.isPageBreak() && !blocks.isEmpty()) {
                    blocks.add(new PageBreak());
                }
                blocks.add(new Paragraph(paragraph.getText(), isHeading(paragraph)));
                if (breaksPageAfter(paragraph)) {
                    blocks.add(new PageBreak());
                }
            } else if (element instanceof XWPFTable table) {
                blocks.add(table(table));
            }
        }
        return new DocumentModel(blocks);
    }

    private static boolean isHeading(XWPFParagraph paragraph) {
        String style = paragraph.getStyle();
        return style != null && (style.startsWith("Heading") || style.startsWith("Title"))
                || LogicalLines.isUpperHeading(VietnameseText.clean(paragraph.getText()));
    }

    private static boolean breaksPageAfter(XWPFParagraph paragraph) {
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.getCTR().getBrList().stream().anyMatch(br -> br.getType() == STBrType.PAGE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cell merged down (vMerge) gives its text to every row it spans, so "Sở Nội vụ" merged over four rows leads
     * all four; a cell merged across (gridSpan) stays one cell, so a group row spanning the table is one cell.
     * Merges are tracked by grid column, the position a cell starts at after the spans before it.
     */
    private static Table table(XWPFTable table) {
        Map<Integer, String> mergedDown = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.getGridSpan() != null
                        ? Math.max(properties.getGridSpan().getVal().intValue(), 1) : 1;
                var merge = properties == null ? null : properties.getVMerge();
                boolean continued = merge != null && (merge.getVal() == null || merge.getVal() == STMerge.CONTINUE);
                String text = cellText(cell);
                if (continued) {
                    text = mergedDown.getOrDefault(column, "");
                } else if (merge != null) {
                    mergedDown.put(column, text);
                } else {
                    mergedDown.remove(column);
                }
                cells.add(new Cell(text, span, continued));
                column += span;
            }
            rows.add(new Row(cells));
        }
        return new Table(rows);
    }

    /**
     * A cell's paragraphs stay lines of its text, as a web page's cell keeps its line wraps: a header cell holding
     * "ỦY BAN NHÂN DÂN / TỈNH … / Số: …" is three header lines, not one; task readers join them as they do wraps.
     */
    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(p -> p.getText().replace('\t', ' ').replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }
}
