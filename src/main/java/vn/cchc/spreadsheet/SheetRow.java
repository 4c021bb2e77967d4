package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.DataFormatter;

import java.util.Arrays;

/**
 * One row of a sheet: its number as Excel shows it (1 for the first row) and its cells by column; a column the
 * file leaves empty has no cell.
 */
public final class SheetRow {

    private final int number;
    private final SheetCell[] cells;

    SheetRow(int number, SheetCell[] cells) {
        this.number = number;
        this.cells = cells;
    }

    public int number() {
        return number;
    }

    /** The cell at a zero-based column, or null when that cell is empty. */
    public SheetCell cell(int column) {
        return column >= 0 && column < cells.length ? cells[column] : null;
    }

    /** One past the last column that has a cell. */
    public int width() {
        return cells.length;
    }

    /** The text Excel shows in a column, "" for an empty cell. */
    public String text(int column, DataFormatter formatter) {
        SheetCell cell = cell(column);
        return cell == null ? "" : cell.shown(formatter);
    }

    public boolean isEmpty() {
        return Arrays.stream(cells).allMatch(c -> c == null || (c.type() == SheetCell.Type.TEXT && c.text().isBlank()));
    }
}
