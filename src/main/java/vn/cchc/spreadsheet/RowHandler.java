package vn.cchc.spreadsheet;

/** Receives the rows of a sheet in order, one at a time; only the rows it keeps stay in memory. */
@FunctionalInterface
public interface RowHandler {

    /** @return false to stop reading (the rest of the sheet is never parsed) */
    boolean row(SheetRow row);
}
