package vn.cchc.dossier;

import java.util.Locale;

/** The file formats: CSV (comma-separated, header line), JSON lines (one object per line), Excel (.xlsx, first sheet). */
public enum DossierFormat {
    CSV, JSONL, XLSX;

    public static DossierFormat of(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || type.contains("spreadsheetml")) {
            return XLSX;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || type.contains("ndjson")
                || type.contains("jsonl") || type.contains("json")) {
            return JSONL;
        }
        return CSV;
    }
}
