package vn.cchc.scoring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The scoring API's refusals as RFC 9457 problems with the Vietnamese text: 400 for bad input, 409 for locks and deadlines. */
@RestControllerAdvice(assignableTypes = ScoringApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScoringApiProblems {

    private final ScoringTexts texts;

    ScoringApiProblems(ScoringTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ScoringException.class)
    ProblemDetail refused(ScoringException e) {
        HttpStatus status = e.key().endsWith(".notFound") ? HttpStatus.NOT_FOUND
                : e.forbidden() ? HttpStatus.FORBIDDEN : e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, texts.of(e));
        p.setTitle(texts.get("problem.title." + status.value()));
        if (!e.details().isEmpty()) {
            p.setProperty("errors", e.details());
        }
        return p;
    }
}
