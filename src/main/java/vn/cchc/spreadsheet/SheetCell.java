package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDate;

/**
 * One cell as the file stores it: text, a number (dates are numbers with a date format), a boolean or a formula
 * error. A formula cell is its cached result, as Excel last computed it. Turning it into a value is the importer's
 * choice; {@link #shown(DataFormatter)} gives the text Excel displays.
 *
 * @param column       zero-based column index (A = 0)
 * @param text         the text of a TEXT cell, TRUE/FALSE, or the error code (#DIV/0!); null for a NUMBER
 * @param formatString the number format of a NUMBER cell ("General" when none)
 */
public record SheetCell(int column, Type type, String text, double number, int formatIndex, String formatString,
                        boolean date1904) {

    public enum Type { TEXT, NUMBER, BOOLEAN, ERROR }

    static SheetCell text(int column, Type type, String text) {
        return new SheetCell(column, type, text, 0, 0, null, false);
    }

    static SheetCell number(int column, double value, int formatIndex, String formatString, boolean date1904) {
        return new SheetCell(column, Type.NUMBER, null, value, formatIndex,
                formatString == null ? "General" : formatString, date1904);
    }

    /** A number shown as a date (its format is a date format). */
    public boolean isDate() {
        return type == Type.NUMBER && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(number);
    }

    public LocalDate localDate() {
        if (!isDate()) {
            throw new IllegalStateException("not a date cell: column " + column);
        }
        return DateUtil.getLocalDateTime(number, date1904).toLocalDate();
    }

    /** The cell as Excel displays it, formatted by the given formatter's locale. */
    public String shown(DataFormatter formatter) {
        return type == Type.NUMBER ? formatter.formatRawCellContents(number, formatIndex, formatString, date1904) : text;
    }
}
