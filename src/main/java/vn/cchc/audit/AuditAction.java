package vn.cchc.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}
