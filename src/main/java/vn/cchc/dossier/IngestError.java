package vn.cchc.dossier;

/** One reason a file was refused: the line (0 for the whole file), the column if known, a Vietnamese message. */
record IngestError(long line, String column, String message) {
}
