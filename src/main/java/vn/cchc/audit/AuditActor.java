package vn.cchc.audit;

/** Implemented by the signed-in principal so the audit trail can name the actor's unit. */
public interface AuditActor {

    String username();

    String unitCode();
}
