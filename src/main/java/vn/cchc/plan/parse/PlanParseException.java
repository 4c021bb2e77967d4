package vn.cchc.plan.parse;

/** A document that cannot be read as a plan; the message is Vietnamese and says what is wrong. */
public class PlanParseException extends RuntimeException {

    public enum Reason { EMPTY, TOO_LARGE, DAMAGED, ENCRYPTED, UNSUPPORTED_FORMAT, NOT_A_PLAN }

    private final Reason reason;

    public PlanParseException(Reason reason, String message) {
        this(reason, message, null);
    }

    public PlanParseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
