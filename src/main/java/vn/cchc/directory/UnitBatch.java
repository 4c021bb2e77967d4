package vn.cchc.directory;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Units to create or update together, all or none, with the problems found while reading them.
 *
 * @param source     the file name, quoted in error messages; null for a form
 * @param rows       the units read
 * @param readErrors problems already found while reading cells (bad dates, unknown kinds…)
 * @param columns    the columns the file has: for an existing unit, a column the file lacks keeps its
 *                   stored value rather than being emptied
 */
record UnitBatch(String source, List<UnitRow> rows, List<ImportError> readErrors, Set<UnitField> columns) {

    UnitBatch {
        rows = List.copyOf(rows);
        readErrors = List.copyOf(readErrors);
        columns = Set.copyOf(columns);
    }

    static UnitBatch complete(String source, List<UnitRow> rows) {
        return new UnitBatch(source, rows, List.of(), EnumSet.allOf(UnitField.class));
    }

    boolean hasReadError(int row, UnitField field) {
        return readErrors.stream().anyMatch(e -> e.row() == row && e.field() == field);
    }
}
