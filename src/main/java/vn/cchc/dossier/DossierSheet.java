package vn.cchc.dossier;

import org.apache.poi.ss.usermodel.DateUtil;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetRow;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

/**
 * The cells of an .xlsx dossier row as the text a CSV would hold, so that one set of checks reads both: a date cell
 * becomes "yyyy-MM-dd HH:mm:ss" whatever format Excel shows it in, a number its plain digits (50000, 1.5), a text its
 * stripped text.
 */
final class DossierSheet {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DossierSheet() {
    }

    static String[] values(SheetRow row) {
        String[] values = new String[row.width()];
        for (int i = 0; i < values.length; i++) {
            values[i] = text(row.cell(i));
        }
        return values;
    }

    private static String text(SheetCell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.type() != SheetCell.Type.NUMBER) {
            return cell.text() == null ? "" : cell.text().strip();
        }
        if (cell.isDate()) {
            return DateUtil.getLocalDateTime(cell.number(), cell.date1904()).format(ISO);
        }
        return BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString();
    }
}
