package vn.cchc.plan.parse;

import vn.cchc.plan.parse.DocumentModel.Block;
import vn.cchc.plan.parse.DocumentModel.Cell;
import vn.cchc.plan.parse.DocumentModel.PageBreak;
import vn.cchc.plan.parse.DocumentModel.Paragraph;
import vn.cchc.plan.parse.DocumentModel.Row;
import vn.cchc.plan.parse.DocumentModel.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text to the document model. A text has no markup, so its tables are recognised by their separators:
 * tab-separated lines, markdown rows ("| a | b |") and the web renderings that put every pipe on a line of its
 * own ("|" / cell lines / "|" …, a row ending where two pipes follow each other). A form feed is a page break;
 * every other line is a paragraph (blank lines kept, since they part the blocks of a hard-wrapped text).
 */
final class TextDocuments {

    private static final Pattern MARKDOWN_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\s*\\|[\\s:|-]*-[\\s:|-]*\\|\\s*$");

    private TextDocuments() {
    }

    static DocumentModel read(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] pages = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\f", -1);
        for (int p = 0; p < pages.length; p++) {
            if (p > 0) {
                blocks.add(new PageBreak());
            }
            page(Arrays.asList(pages[p].split("\n", -1)), blocks);
        }
        return new DocumentModel(blocks);
    }

    private static void page(List<String> lines, List<Block> blocks) {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            int end;
            if (line.contains("\t") && (end = tabTableEnd(lines, i)) > i) {
                blocks.add(tabTable(lines.subList(i, end)));
                i = end;
            } else if (line.strip().equals("|") && (end = pipeTableEnd(lines, i)) > i) {
                blocks.add(pipeTable(lines.subList(i, end)));
                i = end;
            } else if (MARKDOWN_ROW.matcher(line).matches() && line.strip().length() > 2
                    && (end = markdownTableEnd(lines, i)) > i) {
                blocks.add(markdownTable(lines.subList(i, end)));
                i = end;
            } else {
                blocks.add(new Paragraph(line, LogicalLines.isUpperHeading(VietnameseText.clean(line))));
                i++;
            }
        }
    }

    /**
     * Tab lines and the blank lines between them; a line without a tab stays in the table (as a one-cell row,
     * e.g. a group heading) only when a tab line follows it.
     */
    private static int tabTableEnd(List<String> lines, int from) {
        int end = from;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("\t")) {
                end = i + 1;
            } else if (!line.isBlank() && !nextNonBlankHasTab(lines, i + 1)) {
                break;
            }
        }
        return end;
    }

    private static boolean nextNonBlankHasTab(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).contains("\t");
            }
        }
        return false;
    }

    private static Table tabTable(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                rows.add(Row.of(Arrays.asList(line.split("\t", -1))));
            }
        }
        return new Table(rows);
    }

    /**
     * A pipe on a line of its own opens a table that runs while pipes keep coming: it ends at a blank line or at
     * the end of the text after a pipe. A table needs at least one row boundary (two pipes in a row) and two cells.
     */
    private static int pipeTableEnd(List<String> lines, int from) {
        int lastPipe = from;
        boolean boundary = false;
        for (int i = from + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("|")) {
                boundary |= lines.get(i - 1).strip().equals("|") && i - 1 > from;
                lastPipe = i;
            } else if (line.isEmpty()) {
                break;
            }
        }
        return boundary ? lastPipe + 1 : from;
    }

    private static Table pipeTable(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        StringBuilder cell = null;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.equals("|")) {
                cell = cell == null ? new StringBuilder(line) : cell.append('\n').append(line);
                continue;
            }
            if (cell != null) {
                cells.add(Cell.of(cell.toString()));
                cell = null;
            } else if (!cells.isEmpty()) {
                rows.add(new Row(cells));
                cells = new ArrayList<>();
            }
        }
        if (cell != null) {
            cells.add(Cell.of(cell.toString()));
        }
        if (!cells.isEmpty()) {
            rows.add(new Row(cells));
        }
        return new Table(rows);
    }

    private static int markdownTableEnd(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && MARKDOWN_ROW.matcher(lines.get(i)).matches()) {
            i++;
        }
        return i;
    }

    private static Table markdownTable(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            if (MARKDOWN_RULE.matcher(line).matches()) {
                continue;
            }
            String inner = line.strip();
            inner = inner.substring(1, inner.length() - 1);
            rows.add(Row.of(Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList()));
        }
        return new Table(rows);
    }
}
