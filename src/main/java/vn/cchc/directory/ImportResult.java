package vn.cchc.directory;

import java.util.List;

/**
 * What an import did; when errors is not empty nothing was stored.
 *
 * @param errors     the first problems found (at most {@link vn.cchc.spreadsheet.ErrorListing#MAX_LISTED}, then one
 *                   line counting the others)
 * @param errorCount how many problems there are in all
 */
record ImportResult(String source, int created, int updated, int unchanged, List<ImportError> errors,
                           int errorCount) {

    public boolean accepted() {
        return errors.isEmpty();
    }

    public int total() {
        return created + updated + unchanged;
    }

    static ImportResult rejected(String source, List<ImportError> listed, int errorCount) {
        return new ImportResult(source, 0, 0, 0, List.copyOf(listed), errorCount);
    }
}
