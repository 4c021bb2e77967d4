package vn.cchc.directory;

import java.util.List;

/** What an import did; when errors is not empty nothing was stored. */
public record ImportResult(String source, int created, int updated, int unchanged, List<ImportError> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }

    public int total() {
        return created + updated + unchanged;
    }

    static ImportResult rejected(String source, List<ImportError> errors) {
        return new ImportResult(source, 0, 0, 0, List.copyOf(errors));
    }
}
