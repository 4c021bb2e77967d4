package vn.cchc.page;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A page number below 1 or beyond {@link PageRequest#MAX_PAGE}: a 400 problem for the API and the 400 page for the UI,
 * both with the Vietnamese text of {@code paging.error.outOfRange}.
 */
public class PageOutOfRange extends ErrorResponseException {

    private final int page;

    public PageOutOfRange(int page) {
        super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatus(HttpStatus.BAD_REQUEST), null, "paging.error.outOfRange",
                new Object[]{Integer.toString(page), Integer.toString(PageRequest.MAX_PAGE)});
        this.page = page;
    }

    public int page() {
        return page;
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.title.400";
    }
}
