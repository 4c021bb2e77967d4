package vn.cchc.indicator;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the indicator rules refuse. The detail is a key of messages/indicator.properties, so the API
 * answers with a Vietnamese RFC 9457 problem and the pages show the same text as a flash message.
 */
class IndicatorException extends ErrorResponseException {

    private final String key;
    private final Object[] args;

    public IndicatorException(HttpStatus status, String key, Object... args) {
        super(status, ProblemDetail.forStatus(status), null, key, args);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.title." + getStatusCode().value();
    }
}
