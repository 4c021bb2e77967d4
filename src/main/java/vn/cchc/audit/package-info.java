/**
 * Owns the append-only audit trail: every create, update and delete in every module is recorded
 * here with who, when, from which address, what entity and the before and after values.
 * Other modules call {@link vn.cchc.audit.AuditLog} inside their own transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"command", "page", "time"})
package vn.cchc.audit;
