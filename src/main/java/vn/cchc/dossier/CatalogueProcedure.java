package vn.cchc.dossier;

/**
 * A procedure of the catalogue as the province edits it: the stored values ({@link #values()}) and the version an
 * edit must name.
 */
record CatalogueProcedure(String code, String name, String fieldCode, String fieldName, OnlineLevel onlineLevel, long fee,
                          Integer processingDays, int version) {

    ProcedureValues values() {
        return new ProcedureValues(code, name, fieldCode, onlineLevel, fee, processingDays);
    }
}
