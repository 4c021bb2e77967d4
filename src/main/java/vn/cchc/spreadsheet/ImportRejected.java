package vn.cchc.spreadsheet;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/**
 * An import refused as a whole (all or nothing) as the JSON API answers it: an RFC 9457 problem, 422, whose detail
 * names the file and its number of errors and whose {@code errors} lists them by row and column. Title and detail are
 * message keys, resolved in the caller's language by the API's problem handler like any other {@code ErrorResponse}.
 */
public class ImportRejected extends ErrorResponseException {

    private final String titleKey;

    public ImportRejected(String titleKey, String detailKey, Object[] detailArguments, List<?> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, listing(errors), null, detailKey, detailArguments);
        this.titleKey = titleKey;
    }

    private static ProblemDetail listing(List<?> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        problem.setProperty("errors", errors);
        return problem;
    }

    @Override
    public String getTitleMessageCode() {
        return titleKey;
    }
}
