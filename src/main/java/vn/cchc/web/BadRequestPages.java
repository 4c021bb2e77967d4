package vn.cchc.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.cchc.page.PageOutOfRange;
import vn.cchc.vietnamese.NotVietnameseDate;

import java.net.URI;

import java.util.Map;

/**
 * A request parameter that is not of its type (an unknown state, a number in words, 31/02) on any page: 400 with
 * the Vietnamese page naming the parameter and the value, instead of the generic error page. The API answers the
 * same with a problem ({@link ApiProblemHandler}, which comes first). A page form posted with a date that is not
 * dd/MM/yyyy goes back to the form instead, with a Vietnamese message quoting what was typed, so nothing typed in the
 * other fields is lost to an error page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequestPages {

    /** The value is echoed back escaped; a long one is cut so the page stays small. */
    private static final int MAX_VALUE_LENGTH = 80;

    private final MessageSource messages;

    BadRequestPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        NotVietnameseDate badDate = null;
        for (Throwable t = e; t != null && badDate == null; t = t.getCause()) {
            badDate = t instanceof NotVietnameseDate d ? d : null;
        }
        if (badDate != null && "POST".equals(request.getMethod())) {
            RequestContextUtils.getOutputFlashMap(request)
                    .put("flashErrorText", messages.getMessage(badDate, LocaleContextHolder.getLocale()));
            return new ModelAndView("redirect:" + back(request));
        }
        return page("error.400.typeMismatch", e.getName(), shortened(e.getValue()));
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

    /** Page 10.000 of a list: the 400 page says which pages exist instead of reading that deep. */
    @ExceptionHandler(PageOutOfRange.class)
    ModelAndView pageOutOfRange(PageOutOfRange e) {
        return page("error.400.page", "page", Integer.toString(e.page()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return page("error.400.missing", e.getParameterName(), "");
    }

    private static ModelAndView page(String key, String parameter, String value) {
        return new ModelAndView("error/400", Map.of("messageKey", key, "parameter", parameter, "value", value),
                HttpStatus.BAD_REQUEST);
    }

    static String shortened(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
