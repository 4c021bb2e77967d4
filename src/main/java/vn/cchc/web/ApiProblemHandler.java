package vn.cchc.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Locale;

/**
 * Errors of the JSON API as RFC 9457 problem details with Vietnamese text. Exceptions that implement
 * Spring's ErrorResponse carry a message code; the base class resolves it through the message bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
// Before the page advices (BadRequestPages, the bad-date flash message), which would otherwise answer an API call
// with a page: the API answers with a problem detail.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    /** A path or query value that is not of its type: Vietnamese detail naming the parameter and the value. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String parameter = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                "error.400.typeMismatch", new Object[]{parameter, BadRequestPages.shortened(e.getValue())}, locale));
        problem.setTitle(messages.getMessage("problem.title.400", null, locale));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("security.api.forbidden", null, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("problem.title.403", null, LocaleContextHolder.getLocale()));
        return problem;
    }
}
