package vn.cchc.reformreport;

/** A rule of the reform reports refused the request; the message key and its arguments say what and where. */
class ReformReportRefused extends RuntimeException {

    private final transient Object[] args;

    ReformReportRefused(String key, Object... args) {
        super(key);
        this.args = args;
    }

    /** Refusals of an address that names nothing: an unknown unit, period, regime, window or file. */
    private static final java.util.Set<String> NOT_FOUND = java.util.Set.of("reformreport.error.noUnit",
            "reformreport.error.noPeriod", "reformreport.error.noRegime", "reformreport.error.noWindow",
            "reformreport.error.noAttachment");

    boolean notFound() {
        return NOT_FOUND.contains(getMessage());
    }

    String key() {
        return getMessage();
    }

    Object[] args() {
        return args;
    }
}
