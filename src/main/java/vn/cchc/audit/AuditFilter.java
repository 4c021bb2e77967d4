package vn.cchc.audit;

import java.time.LocalDate;

/** Criteria of the audit page; every field is optional. */
record AuditFilter(String actor, String entityType, AuditAction action, LocalDate from, LocalDate to,
                          String entityId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
