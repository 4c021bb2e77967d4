package vn.cchc.plan;

/** A request the plan rules refuse; the message is a key of messages/plan.properties. */
public class PlanRuleException extends RuntimeException {

    public PlanRuleException(String messageKey) {
        super(messageKey);
    }

    public String key() {
        return getMessage();
    }
}
