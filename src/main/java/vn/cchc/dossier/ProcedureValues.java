package vn.cchc.dossier;

/**
 * What an edit or a row of the catalogue file asks a procedure to be. Equal values mean nothing to change, so the
 * same file twice or a double click changes nothing the second time.
 *
 * @param fee            in đồng; 0 when the procedure is free or its fee is not written down
 * @param processingDays working days the procedure's decision allows; null when not written down
 */
record ProcedureValues(String code, String name, String fieldCode, OnlineLevel onlineLevel, long fee, Integer processingDays) {
}
