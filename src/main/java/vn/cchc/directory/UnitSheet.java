package vn.cchc.directory;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.spreadsheet.SheetCell;
import vn.cchc.spreadsheet.SheetReader;
import vn.cchc.spreadsheet.SheetRefused;
import vn.cchc.spreadsheet.SheetRow;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.io.IOException;
import java.io.InputStream;
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
        try (WorkbookWriter writer = new WorkbookWriter()) {
            UnitField[] fields = UnitField.values();
            TableSheet sheet = writer.sheet(text("unit.sheet.units"))
                    .header(Arrays.stream(fields).map(f -> text(f.messageKey())).toList())
                    .freezeRowsAbove();
            for (Unit u : units) {
                sheet.row(Arrays.stream(fields).map(f -> cell(f, u)).toList());
            }
            sheet.widths(22, 50, 28, 22, 13, 13, 30, 24, 60);
            kindSheet(writer, sheet);
            return writer.bytes();
        }
    }

    /** A cell's value; a unit without a parent, successors or aliases leaves the cell empty. */
    private Object cell(UnitField field, Unit u) {
        return switch (field) {
            case CODE -> u.code();
            case NAME -> u.name();
            case KIND -> kinds.label(u.kind());
            case PARENT -> emptyToNull(u.parentCode());
            case VALID_FROM -> u.validFrom();
            case VALID_TO -> u.validTo();
            case SUCCESSORS -> emptyToNull(String.join("; ", u.successorCodes()));
            case SHORT_NAME -> emptyToNull(u.shortName());
            case ALIASES -> emptyToNull(String.join("; ", u.aliases()));
        };
    }

    /** A second sheet listing the kinds, and a drop-down on the kind column that offers them. */
    private void kindSheet(WorkbookWriter writer, TableSheet units) {
        TableSheet sheet = writer.sheet(text("unit.sheet.kinds"))
                .header(List.of(text("unit.field.kind"), text("unit.sheet.kinds.technical")));
        UnitKind[] all = UnitKind.values();
        for (UnitKind kind : all) {
            sheet.row(kinds.label(kind), kind.name());
        }
        sheet.widths(45, 25);
        // a technical name typed by hand is also accepted on import, so the drop-down warns rather than forbids
        units.offerChoices(UnitField.KIND.ordinal(), 1, 5000, sheet, all.length);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
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
