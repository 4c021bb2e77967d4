package vn.cchc.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What extraction makes of a document, whatever its format: paragraphs (headings marked), tables of rows and
 * cells with their merges kept, and page breaks, in reading order. The readers work on this model; its
 * {@link #lines()} rendering exists for the header reader, which reads fragments, and for the reviewer.
 */
record DocumentModel(List<Block> blocks) {

    DocumentModel {
        blocks = List.copyOf(blocks);
    }

    sealed interface Block permits Paragraph, Table, PageBreak {
    }

    /** A paragraph of running text; in a hard-wrapped text file, one printed line (blank lines kept: they part blocks). */
    record Paragraph(String text, boolean heading) implements Block {
    }

    /**
     * @param mergesHidden the format does not show merged cells (a PDF prints a cell merged down once, the rows below
     *                     it look empty), so an empty cell may be a merge the reader cannot see
     */
    record Table(List<Row> rows, boolean mergesHidden) implements Block {

        Table {
            rows = List.copyOf(rows);
        }

        Table(List<Row> rows) {
            this(rows, false);
        }

        int width() {
            return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        }
    }

    record Row(List<Cell> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        static Row of(List<String> texts) {
            return new Row(texts.stream().map(Cell::of).toList());
        }

        List<String> texts() {
            return cells.stream().map(Cell::text).toList();
        }
    }

    /**
     * @param span           grid columns the cell covers (a .docx gridSpan; a group row spanning the table is one cell)
     * @param mergedFromAbove the cell continues a vertical merge: its text is the text of the cell where the merge starts
     */
    record Cell(String text, int span, boolean mergedFromAbove) {

        static Cell of(String text) {
            return new Cell(text, 1, false);
        }
    }

    record PageBreak() implements Block {
    }

    List<Table> tables() {
        return blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    /**
     * One line per paragraph and per table row, a row's cells joined by tabs (the header reader cuts fragments at
     * tabs, so a header laid out as a table reads like one written with wide gaps), a page break an empty line.
     */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof Table t) {
                t.rows().forEach(r -> lines.addAll(List.of(String.join("\t", r.texts()).split("\n", -1))));
            } else {
                lines.add("");
            }
        }
        return lines;
    }

    /**
     * The running text: paragraphs, the one-cell rows of the given data tables (a group heading spanning the
     * table) and every line of every other table's cells, since a table that holds no data lays out text (a
     * header with the authority left and the national motto right, a web page's boxes).
     */
    List<String> proseLines(java.util.Set<Table> dataTables) {
        List<String> lines = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof Table t && dataTables.contains(t)) {
                t.rows().stream().filter(r -> r.cells().size() == 1)
                        .forEach(r -> lines.addAll(List.of(r.cells().get(0).text().split("\n", -1))));
            } else if (block instanceof Table t) {
                t.rows().forEach(r -> r.texts().forEach(c -> lines.addAll(List.of(c.split("\n", -1)))));
            }
        }
        return lines;
    }

    String text() {
        return lines().stream().collect(Collectors.joining("\n"));
    }

    boolean isBlank() {
        return blocks.stream().allMatch(b -> b instanceof Paragraph p ? p.text().isBlank()
                : !(b instanceof Table t) || t.rows().stream().allMatch(r -> r.texts().stream().allMatch(String::isBlank)));
    }
}
