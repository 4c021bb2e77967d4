package vn.cchc.dossier;

/** An administrative procedure of the catalogue, as the ingest needs it. */
record Procedure(String code, String name, String fieldCode, String onlineLevel, boolean feeBearing, boolean returnsResult) {
}
