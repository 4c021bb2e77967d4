package vn.cchc.directory;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetReader;
import vn.cchc.spreadsheet.SheetRefused;
import vn.cchc.spreadsheet.SheetRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Excel layout of the directory: one sheet, a header row of Vietnamese column labels, one unit a row.
 * The template, the export and the import share it, so an export imports back unchanged. Columns are found
 * by their header (the Vietnamese label or the technical name, with or without diacritics), so a sheet
 * whose columns were reordered still reads; only code, name and kind are required.
 */
@Component
class UnitSheet {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String LIST_SEPARATORS = "[;\\n]+";
    private static final String CODE_SEPARATORS = "[;,\\s]+";

    private final MessageSource messages;
    private final UnitKindLabels kinds;

    private final SheetReader reader;

    UnitSheet(MessageSource messages, UnitKindLabels kinds, SheetReader reader) {
        this.messages = messages;
        this.kinds = kinds;
        this.reader = reader;
    }

    /** Streams the first sheet: the first row is the header, every later row a unit. */
    UnitBatch read(String fileName, InputStream in) {
        ImportErrors errors = new ImportErrors(messages, fileName);
        DataFormatter formatter = new DataFormatter();
        Map<UnitField, Integer> columns = new EnumMap<>(UnitField.class);
        List<UnitRow> rows = new ArrayList<>();
        boolean[] headerSeen = {false};
        try {
            reader.read(fileName, in.readAllBytes(), row -> {
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    columns.putAll(columns(row, formatter));
                    for (UnitField field : UnitField.values()) {
                        if (field.required() && !columns.containsKey(field)) {
                            errors.addFile("unit.import.column.missing", text(field.messageKey()));
                        }
                    }
                    return errors.isEmpty();
                }
                CellReader cells = new CellReader(row, columns, formatter, errors);
                if (!cells.blank()) {
                    rows.add(unitRow(row.number(), cells, errors));
                }
                return true;
            });
        } catch (SheetRefused e) {
            // not a spreadsheet, encrypted, damaged or beyond a limit: say so (and only that) instead of a stack trace
            ImportErrors refusal = new ImportErrors(messages, fileName);
            if (e.reason() == SheetRefused.Reason.UNREADABLE) {
                refusal.addFile("unit.import.unreadable");
            } else {
                refusal.addWholeFile(e.message(messages, LocaleContextHolder.getLocale()));
            }
            return new UnitBatch(fileName, List.of(), refusal.list(), java.util.Set.of());
        } catch (IOException | RuntimeException e) {
            ImportErrors unreadable = new ImportErrors(messages, fileName);
            unreadable.addFile("unit.import.unreadable");
            return new UnitBatch(fileName, List.of(), unreadable.list(), java.util.Set.of());
        }
        if (!headerSeen[0]) {
            for (UnitField field : UnitField.values()) {
                if (field.required()) {
                    errors.addFile("unit.import.column.missing", text(field.messageKey()));
                }
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.addFile("unit.import.empty");
        }
        return new UnitBatch(fileName, rows, errors.list(), columns.keySet());
    }

    private UnitRow unitRow(int number, CellReader cells, ImportErrors errors) {
        UnitKind kind = cells.text(UnitField.KIND)
                .map(t -> kinds.parse(t).orElseGet(() -> {
                    errors.add(number, UnitField.KIND, "unit.import.kind.unknown", t);
                    return null;
                }))
                .orElse(null);
        return new UnitRow(number, new UnitStructure(
                cells.text(UnitField.CODE).orElse(null),
                cells.text(UnitField.NAME).orElse(null),
                cells.text(UnitField.SHORT_NAME).orElse(null),
                kind,
                cells.text(UnitField.PARENT).orElse(null),
                cells.date(UnitField.VALID_FROM),
                cells.date(UnitField.VALID_TO),
                cells.list(UnitField.SUCCESSORS, CODE_SEPARATORS),
                cells.list(UnitField.ALIASES, LIST_SEPARATORS)));
    }

    byte[] write(List<Unit> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("unit.sheet.units"));
            CellStyle head = headerStyle(workbook);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            UnitField[] fields = UnitField.values();
            for (int c = 0; c < fields.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(text(fields[c].messageKey()));
                cell.setCellStyle(head);
            }
            int r = 1;
            for (Unit u : units) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < fields.length; c++) {
                    writeCell(row, c, fields[c], u, day);
                }
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {22, 50, 28, 22, 13, 13, 30, 24, 60};
            for (int c = 0; c < fields.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            kindSheet(workbook, sheet, head);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCell(Row row, int c, UnitField field, Unit u, CellStyle day) {
        Cell cell = row.createCell(c);
        switch (field) {
            case CODE -> cell.setCellValue(u.code());
            case NAME -> cell.setCellValue(u.name());
            case KIND -> cell.setCellValue(kinds.label(u.kind()));
            case PARENT -> setText(cell, u.parentCode());
            case VALID_FROM, VALID_TO -> {
                LocalDate d = field == UnitField.VALID_FROM ? u.validFrom() : u.validTo();
                if (d != null) {
                    cell.setCellValue(d);
                    cell.setCellStyle(day);
                }
            }
            case SUCCESSORS -> setText(cell, String.join("; ", u.successorCodes()));
            case SHORT_NAME -> setText(cell, u.shortName());
            case ALIASES -> setText(cell, String.join("; ", u.aliases()));
        }
    }

    /** A second sheet listing the kinds, and a drop-down on the kind column that offers them. */
    private void kindSheet(Workbook workbook, Sheet units, CellStyle head) {
        Sheet sheet = workbook.createSheet(text("unit.sheet.kinds"));
        Row header = sheet.createRow(0);
        Cell label = header.createCell(0);
        label.setCellValue(text("unit.field.kind"));
        label.setCellStyle(head);
        Cell technical = header.createCell(1);
        technical.setCellValue(text("unit.sheet.kinds.technical"));
        technical.setCellStyle(head);
        UnitKind[] all = UnitKind.values();
        for (int i = 0; i < all.length; i++) {
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(kinds.label(all[i]));
            row.createCell(1).setCellValue(all[i].name());
        }
        sheet.setColumnWidth(0, 45 * 256);
        sheet.setColumnWidth(1, 25 * 256);
        DataValidationHelper helper = units.getDataValidationHelper();
        String range = "'" + sheet.getSheetName() + "'!$A$2:$A$" + (all.length + 1);
        var validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, 5000, UnitField.KIND.ordinal(), UnitField.KIND.ordinal()));
        // a technical name typed by hand is also accepted on import, so warn rather than forbid
        validation.setErrorStyle(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(false);
        units.addValidationData(validation);
    }

    private static void setText(Cell cell, String value) {
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private Map<UnitField, Integer> columns(SheetRow header, DataFormatter formatter) {
        Map<UnitField, Integer> found = new EnumMap<>(UnitField.class);
        for (int c = 0; c < header.width(); c++) {
            String key = SearchKey.of(header.text(c, formatter));
            if (key.isEmpty()) {
                continue;
            }
            int column = c;
            Arrays.stream(UnitField.values())
                    .filter(f -> key.equals(SearchKey.of(text(f.messageKey())))
                            || key.equals(SearchKey.of(f.technicalName()))
                            || key.equals(SearchKey.of(f.technicalName().replace('_', ' '))))
                    .findFirst()
                    .ifPresent(f -> found.putIfAbsent(f, column));
        }
        return found;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The cells of one row, by field; dates may be real date cells or text dd/MM/yyyy. */
    private static final class CellReader {

        private final SheetRow row;
        private final Map<UnitField, Integer> columns;
        private final DataFormatter formatter;
        private final ImportErrors errors;

        CellReader(SheetRow row, Map<UnitField, Integer> columns, DataFormatter formatter, ImportErrors errors) {
            this.row = row;
            this.columns = columns;
            this.formatter = formatter;
            this.errors = errors;
        }

        boolean blank() {
            return columns.keySet().stream().allMatch(f -> text(f).isEmpty());
        }

        Optional<String> text(UnitField field) {
            SheetCell cell = cell(field);
            if (cell == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(UnitStructure.clean(cell.shown(formatter)));
        }

        List<String> list(UnitField field, String separators) {
            return text(field).map(t -> Arrays.stream(t.split(separators)).toList()).orElse(List.of());
        }

        LocalDate date(UnitField field) {
            SheetCell cell = cell(field);
            if (cell == null) {
                return null;
            }
            if (cell.isDate()) {
                return cell.localDate();
            }
            Optional<String> value = text(field);
            if (value.isEmpty()) {
                return null;
            }
            String t = value.get();
            try {
                return VietnameseDates.parse(t);
            } catch (NotVietnameseDate e) {
                errors.add(row.number(), field, "unit.import.date.invalid", t);
                return null;
            }
        }

        private SheetCell cell(UnitField field) {
            Integer c = columns.get(field);
            return c == null ? null : row.cell(c);
        }
    }
}
