package vn.cchc.dossier;

import java.time.LocalDateTime;

/** One validated dossier with the columns derived by the ingest rules. */
record DossierRow(long line, String code, String procedureCode, String fieldCode, long unitId,
                  LocalDateTime receivedAt, LocalDateTime dueAt, LocalDateTime finishedAt, LocalDateTime returnedAt,
                  int channel, int supplementRequests, double supplementDays, boolean digitised,
                  boolean electronicResult, long fee, boolean paidOnline, boolean apology, boolean synced,
                  boolean complaint, String status, boolean resultBase) {
}
