package vn.cchc.audit;

import java.time.OffsetDateTime;

record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String actorUnitCode, String address,
                         String entityType, String entityId, AuditAction action, String summary,
                         String beforeValue, String afterValue) {
}
