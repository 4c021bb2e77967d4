package vn.cchc.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import vn.cchc.time.ProvinceTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One sheet of a {@link WorkbookWriter}, written top to bottom. A cell's type follows its value: none for null, a
 * number for a number, a dd/mm/yyyy date for a {@link LocalDate}, the province's local time as text for an
 * {@link OffsetDateTime}, text for anything else ("" stays an empty text cell).
 */
public final class TableSheet {

    private final WorkbookWriter writer;
    private final Sheet sheet;
    private int next;

    TableSheet(WorkbookWriter writer, Sheet sheet) {
        this.writer = writer;
        this.sheet = sheet;
    }

    public String name() {
        return sheet.getSheetName();
    }

    /** The 0-based number of the row the next call writes. */
    public int rowNumber() {
        return next;
    }

    public TableSheet title(String text) {
        Cell cell = sheet.createRow(next++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(writer.title);
        return this;
    }

    public TableSheet blank() {
        next++;
        return this;
    }

    public TableSheet header(List<String> names) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(writer.header);
        }
        return this;
    }

    public TableSheet row(Object... values) {
        return row(Arrays.asList(values));
    }

    public TableSheet row(List<?> values) {
        return write(values, writer.body, writer.date);
    }

    /** A row that stands out: a section heading, a group of criteria, a total. */
    public TableSheet boldRow(Object... values) {
        return write(Arrays.asList(values), writer.bold, writer.boldDate);
    }

    private TableSheet write(List<?> values, CellStyle style, CellStyle dateStyle) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof OffsetDateTime t) {
                cell.setCellValue(t.atZoneSameInstant(ProvinceTime.ZONE).toLocalDateTime().toString().replace('T', ' '));
            } else {
                cell.setCellValue(v.toString());
            }
        }
        return this;
    }

    /** Widths in characters of the columns from the first on. */
    public TableSheet widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            width(c, characters[c]);
        }
        return this;
    }

    public TableSheet width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
        return this;
    }

    /** Keeps the rows written so far (the header) in view while scrolling. */
    public TableSheet freezeRowsAbove() {
        sheet.createFreezePane(0, next);
        return this;
    }

    /**
     * A drop-down on one column, rows {@code firstRow..lastRow} (0-based), offering the first column of the rows
     * {@code 1..count} of {@code choices}. A value typed by hand only warns, because importers may accept more
     * spellings than the list shows.
     */
    public TableSheet offerChoices(int column, int firstRow, int lastRow, TableSheet choices, int count) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String range = "'" + choices.name() + "'!$A$2:$A$" + (count + 1);
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(false);
        sheet.addValidationData(validation);
        return this;
    }
}
