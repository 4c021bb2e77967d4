package vn.cchc.dossier;

import java.util.Locale;

/** The two file formats: CSV (comma-separated, header line) and JSON lines (one object per line). */
public enum DossierFormat {
    CSV, JSONL;

    public static DossierFormat of(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || type.contains("ndjson")
                || type.contains("jsonl") || type.contains("json")) {
            return JSONL;
        }
        return CSV;
    }
}
