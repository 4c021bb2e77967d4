package vn.cchc.document;

import java.util.List;

/** A row of a bordered table; bold marks a group row (an area, a section) above its items. */
public record TableRow(List<String> cells, boolean bold) {

    public TableRow {
        // List.copyOf refuses nulls, and an empty cell is a normal thing in a report.
        cells = cells.stream().map(c -> c == null ? "" : c).toList();
    }

    public static TableRow of(List<String> cells) {
        return new TableRow(cells, false);
    }
}
