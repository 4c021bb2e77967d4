package vn.cchc.dossier;

import java.util.List;

/** What an ingest did: accepted (rows new and updated) or rejected with its errors (nothing stored). */
public record IngestResult(long id, String fileName, String format, String encoding, boolean accepted, long rowsRead,
                           long rowsNew, long rowsUpdated, int errorCount, List<IngestError> errors, long millis) {
}
