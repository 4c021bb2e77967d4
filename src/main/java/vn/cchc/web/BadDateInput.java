package vn.cchc.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.cchc.vietnamese.NotVietnameseDate;

import java.net.URI;

/**
 * A page form posted with a date that is not dd/MM/yyyy goes back to the form with a Vietnamese message that quotes
 * what was typed, instead of a bare "bad request". The API keeps its problem details ({@link ApiProblemHandler} comes first).
 */
@ControllerAdvice
class BadDateInput {

    private final MessageSource messages;

    BadDateInput(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badDate(MethodArgumentTypeMismatchException e, HttpServletRequest request) throws MethodArgumentTypeMismatchException {
        NotVietnameseDate bad = null;
        for (Throwable t = e; t != null && bad == null; t = t.getCause()) {
            bad = t instanceof NotVietnameseDate d ? d : null;
        }
        if (bad == null) {
            throw e;
        }
        RequestContextUtils.getOutputFlashMap(request).put("flashErrorText", messages.getMessage(bad, LocaleContextHolder.getLocale()));
        return "redirect:" + back(request);
    }

    /** The page the form was on, when it is one of ours; the home page otherwise. */
    private static String back(HttpServletRequest request) {
        try {
            URI referer = URI.create(request.getHeader("Referer"));
            if (referer.getRawPath() != null && (referer.getHost() == null || referer.getHost().equals(request.getServerName()))) {
                return referer.getRawPath() + (referer.getRawQuery() == null ? "" : "?" + referer.getRawQuery());
            }
        } catch (RuntimeException ignored) {
            // no or a malformed Referer: go home
        }
        return "/";
    }
}
