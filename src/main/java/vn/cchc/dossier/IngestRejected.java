package vn.cchc.dossier;

import java.util.List;

/** Thrown inside the ingest transaction so that it rolls back; carries the errors to report. */
class IngestRejected extends RuntimeException {

    final transient List<IngestError> errors;
    final long rowsRead;
    final int errorCount;

    IngestRejected(List<IngestError> errors, int errorCount, long rowsRead) {
        super("rejected: " + errorCount + " errors", null, false, false);
        this.errors = errors;
        this.errorCount = errorCount;
        this.rowsRead = rowsRead;
    }
}
