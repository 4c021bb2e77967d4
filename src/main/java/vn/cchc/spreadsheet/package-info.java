/**
 * Owns the reading of uploaded spreadsheets: one streaming reader ({@link vn.cchc.spreadsheet.SheetReader}) that
 * checks the workbook's container with {@link vn.cchc.files.UploadCheck}, then hands the first sheet's rows, with
 * their row numbers and typed cells, to an importer one at a time, and refuses a sheet beyond the row cap
 * ({@code cchc.import.max-rows}). How a cell becomes a value (a date, a number, a code) stays with each importer.
 * Also the one writer of .xlsx exports ({@link vn.cchc.spreadsheet.WorkbookWriter}, its sheets
 * {@link vn.cchc.spreadsheet.TableSheet}, and {@link vn.cchc.spreadsheet.ExcelTable} for a page's table): streamed,
 * one look, typed cells. No tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"files", "time", "vietnamese"})
package vn.cchc.spreadsheet;
