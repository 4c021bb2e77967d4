package vn.cchc.directory;

/**
 * One problem of an import, with the message already in Vietnamese, e.g.
 * "Tệp units.xlsx, dòng 7, cột 'Mã đơn vị cha': không tìm thấy mã X_ABC".
 *
 * @param row    row number as the user sees it (header = 1), 0 for a problem of the whole file
 * @param field  the column, null for a problem of the whole file
 * @param column the column's label as the file's header shows it
 */
record ImportError(int row, UnitField field, String column, String message) {
}
