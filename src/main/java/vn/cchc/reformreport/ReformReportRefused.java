package vn.cchc.reformreport;

/** A rule of the reform reports refused the request; the message key and its arguments say what and where. */
class ReformReportRefused extends RuntimeException {

    private final transient Object[] args;

    ReformReportRefused(String key, Object... args) {
        super(key);
        this.args = args;
    }

    String key() {
        return getMessage();
    }

    Object[] args() {
        return args;
    }
}
