package vn.cchc.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details with Vietnamese text. Exceptions that implement
 * Spring's ErrorResponse carry a message code; the base class resolves it through the message bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
// Before the page advice that turns a bad date into a flash message: the API answers with a problem detail.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("security.api.forbidden", null, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("problem.title.403", null, LocaleContextHolder.getLocale()));
        return problem;
    }
}
