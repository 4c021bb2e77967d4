package vn.cchc.directory;

/** One row of an import, with the row number the user sees (Excel's, header = row 1). */
record UnitRow(int number, UnitStructure structure) {
}
