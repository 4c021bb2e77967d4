package vn.cchc.plan;

/** A request the plan rules refuse; the message is a key of messages/plan.properties. */
class PlanRuleException extends RuntimeException {

    private final Object[] args;

    public PlanRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    /** The arguments of the message, e.g. the refused text and how to write it. */
    public Object[] args() {
        return args;
    }

    public String key() {
        return getMessage();
    }
}
