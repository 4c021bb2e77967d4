/**
 * Owns the reading of uploaded spreadsheets: one streaming reader ({@link vn.cchc.spreadsheet.SheetReader}) that
 * checks the workbook's container with {@link vn.cchc.files.UploadCheck}, then hands the first sheet's rows, with
 * their row numbers and typed cells, to an importer one at a time, and refuses a sheet beyond the row cap
 * ({@code cchc.import.max-rows}). How a cell becomes a value (a date, a number, a code) stays with each importer;
 * writing spreadsheets is not here. No tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"files"})
package vn.cchc.spreadsheet;
