package vn.cchc.directory;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;

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

    UnitSheet(MessageSource messages, UnitKindLabels kinds) {
        this.messages = messages;
        this.kinds = kinds;
    }

    UnitBatch read(String fileName, InputStream in) {
        ImportErrors errors = new ImportErrors(messages, fileName);
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<UnitField, Integer> columns = header == null ? Map.of() : columns(header, formatter);
            for (UnitField field : UnitField.values()) {
                if (field.required() && !columns.containsKey(field)) {
                    errors.addFile("unit.import.column.missing", text(field.messageKey()));
                }
            }
            if (!errors.isEmpty()) {
                return new UnitBatch(fileName, List.of(), errors.list(), columns.keySet());
            }
            List<UnitRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                CellReader cells = new CellReader(row, columns, formatter, evaluator, errors);
                if (cells.blank()) {
                    continue;
                }
                int number = r + 1;
                UnitKind kind = cells.text(UnitField.KIND)
                        .map(t -> kinds.parse(t).orElseGet(() -> {
                            errors.add(number, UnitField.KIND, "unit.import.kind.unknown", t);
                            return null;
                        }))
                        .orElse(null);
                rows.add(new UnitRow(number, new UnitStructure(
                        cells.text(UnitField.CODE).orElse(null),
                        cells.text(UnitField.NAME).orElse(null),
                        cells.text(UnitField.SHORT_NAME).orElse(null),
                        kind,
                        cells.text(UnitField.PARENT).orElse(null),
                        cells.date(UnitField.VALID_FROM),
                        cells.date(UnitField.VALID_TO),
                        cells.list(UnitField.SUCCESSORS, CODE_SEPARATORS),
                        cells.list(UnitField.ALIASES, LIST_SEPARATORS))));
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                errors.addFile("unit.import.empty");
            }
            return new UnitBatch(fileName, rows, errors.list(), columns.keySet());
        } catch (IOException | RuntimeException e) {
            // not a spreadsheet, encrypted, or damaged: say so instead of a stack trace
            errors.addFile("unit.import.unreadable");
            return new UnitBatch(fileName, List.of(), errors.list(), java.util.Set.of());
        }
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

    private Map<UnitField, Integer> columns(Row header, DataFormatter formatter) {
        Map<UnitField, Integer> found = new EnumMap<>(UnitField.class);
        for (Cell cell : header) {
            String key = SearchKey.of(formatter.formatCellValue(cell));
            if (key.isEmpty()) {
                continue;
            }
            Arrays.stream(UnitField.values())
                    .filter(f -> key.equals(SearchKey.of(text(f.messageKey())))
                            || key.equals(SearchKey.of(f.technicalName()))
                            || key.equals(SearchKey.of(f.technicalName().replace('_', ' '))))
                    .findFirst()
                    .ifPresent(f -> found.putIfAbsent(f, cell.getColumnIndex()));
        }
        return found;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The cells of one row, by field; dates may be real date cells or text dd/MM/yyyy. */
    private static final class CellReader {

        private final Row row;
        private final Map<UnitField, Integer> columns;
        private final DataFormatter formatter;
        private final FormulaEvaluator evaluator;
        private final ImportErrors errors;

        CellReader(Row row, Map<UnitField, Integer> columns, DataFormatter formatter, FormulaEvaluator evaluator,
                   ImportErrors errors) {
            this.row = row;
            this.columns = columns;
            this.formatter = formatter;
            this.evaluator = evaluator;
            this.errors = errors;
        }

        boolean blank() {
            return columns.keySet().stream().allMatch(f -> text(f).isEmpty());
        }

        Optional<String> text(UnitField field) {
            Cell cell = cell(field);
            if (cell == null) {
                return Optional.empty();
            }
            String value = formatter.formatCellValue(cell, evaluator);
            return Optional.ofNullable(UnitStructure.clean(value));
        }

        List<String> list(UnitField field, String separators) {
            return text(field).map(t -> Arrays.stream(t.split(separators)).toList()).orElse(List.of());
        }

        LocalDate date(UnitField field) {
            Cell cell = cell(field);
            if (cell == null) {
                return null;
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            Optional<String> value = text(field);
            if (value.isEmpty()) {
                return null;
            }
            String t = value.get();
            try {
                return VietnameseDates.parse(t);
            } catch (NotVietnameseDate e) {
                errors.add(row.getRowNum() + 1, field, "unit.import.date.invalid", t);
                return null;
            }
        }

        private Cell cell(UnitField field) {
            Integer c = columns.get(field);
            return c == null ? null : row.getCell(c);
        }
    }
}
