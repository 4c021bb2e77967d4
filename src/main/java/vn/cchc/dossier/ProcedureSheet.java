package vn.cchc.dossier;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetReader;
import vn.cchc.spreadsheet.SheetRefused;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue as an Excel file: the first sheet is read (streamed, with the row and size caps of {@link SheetReader}),
 * the header naming the columns in any order; the template and the export are written with the same headers, so an
 * export imported again changes nothing.
 */
@Component
class ProcedureSheet {

    /** The rows of a file by their Excel row number, the columns the header has, and what made the file unreadable. */
    record Rows(List<Row> rows, List<ProcedureColumn> columns, List<IngestError> fileErrors) {
    }

    record Row(int number, Map<ProcedureColumn, String> written) {
    }

    private final SheetReader reader;
    private final MessageSource messages;

    ProcedureSheet(SheetReader reader, MessageSource messages) {
        this.reader = reader;
        this.messages = messages;
    }

    Rows read(String fileName, byte[] xlsx) {
        DataFormatter formatter = new DataFormatter(Vietnamese.LOCALE);
        Map<Integer, ProcedureColumn> columns = new java.util.HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<IngestError> fileErrors = new ArrayList<>();
        boolean[] header = {false};
        try {
            reader.read(fileName, xlsx, row -> {
                if (!header[0]) {
                    header[0] = true;
                    columns.putAll(header(row, formatter));
                    for (ProcedureColumn c : ProcedureColumn.values()) {
                        if (c.required && !columns.containsValue(c)) {
                            fileErrors.add(new IngestError(row.number(), name(c), text("procedure.import.missingColumn", name(c))));
                        }
                    }
                    return fileErrors.isEmpty();
                }
                if (!row.isEmpty()) {
                    Map<ProcedureColumn, String> written = new EnumMap<>(ProcedureColumn.class);
                    columns.forEach((index, column) -> written.put(column, value(column, row.cell(index), formatter)));
                    rows.add(new Row(row.number(), written));
                }
                return true;
            });
        } catch (SheetRefused e) {
            String message = e.reason() == SheetRefused.Reason.UNREADABLE ? text("procedure.import.unreadable")
                    : e.message(messages, LocaleContextHolder.getLocale());
            return new Rows(List.of(), List.of(), List.of(new IngestError(0, null, message)));
        }
        if (!header[0] || (rows.isEmpty() && fileErrors.isEmpty())) {
            fileErrors.add(new IngestError(0, null, text("procedure.import.empty")));
        }
        return new Rows(rows, List.copyOf(columns.values()), fileErrors);
    }

    private Map<Integer, ProcedureColumn> header(SheetRow row, DataFormatter formatter) {
        Map<Integer, ProcedureColumn> columns = new java.util.HashMap<>();
        for (int i = 0; i < row.width(); i++) {
            String cell = row.text(i, formatter);
            for (ProcedureColumn c : ProcedureColumn.values()) {
                if (!columns.containsValue(c) && c.isNamedBy(cell, name(c))) {
                    columns.put(i, c);
                }
            }
        }
        return columns;
    }

    /**
     * A cell as an officer reads it. Numbers become Vietnamese text ("1.200.000") for the rules to read like a typed
     * value; a procedure code Excel turned into a number (1.000650 shown as 1,00065) gets back its six decimals.
     */
    private static String value(ProcedureColumn column, SheetCell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.type() != SheetCell.Type.NUMBER) {
            return cell.shown(formatter);
        }
        BigDecimal number = BigDecimal.valueOf(cell.number());
        if (column == ProcedureColumn.CODE) {
            return number.signum() > 0 && number.compareTo(BigDecimal.TEN) < 0
                    ? number.setScale(6, java.math.RoundingMode.HALF_UP).toPlainString() : number.stripTrailingZeros().toPlainString();
        }
        return VietnameseNumbers.formatExact(number.stripTrailingZeros());
    }

    byte[] template(Map<String, String> fields) {
        return write(List.of(), fields);
    }

    /** The procedures under the file's headers, then the guide to the columns and the fields to choose from. */
    byte[] write(List<CatalogueProcedure> procedures, Map<String, String> fields) {
        try (WorkbookWriter writer = new WorkbookWriter()) {
            TableSheet sheet = writer.sheet(text("procedure.sheet.procedures"))
                    .header(Arrays.stream(ProcedureColumn.values()).map(this::name).toList()).freezeRowsAbove();
            for (CatalogueProcedure p : procedures) {
                sheet.row(p.code(), p.name(), p.fieldCode(), p.onlineLevel().label(), p.fee(), p.processingDays());
            }
            sheet.widths(14, 70, 16, 20, 18, 22);
            TableSheet guide = writer.sheet(text("procedure.sheet.guide")).header(List.of(text("procedure.guide.column"),
                    text("procedure.guide.required"), text("procedure.guide.example"), text("procedure.guide.accepted")));
            for (ProcedureColumn c : ProcedureColumn.values()) {
                guide.row(name(c), text(c.required ? "dossier.yes" : "dossier.no"), text(c.messageKey() + ".example"),
                        c == ProcedureColumn.ONLINE_LEVEL ? OnlineLevel.accepted() : text(c.messageKey() + ".accepted"));
            }
            guide.widths(34, 10, 40, 90);
            TableSheet fieldSheet = writer.sheet(text("procedure.sheet.fields"))
                    .header(List.of(text("procedure.field.code"), text("procedure.field.name")));
            fields.forEach(fieldSheet::row);
            fieldSheet.widths(18, 50);
            return writer.bytes();
        }
    }

    String name(ProcedureColumn column) {
        return text(column.messageKey());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
