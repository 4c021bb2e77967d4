package vn.cchc.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan, task, draft or file that does not exist: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PageNotFound extends RuntimeException {
}
