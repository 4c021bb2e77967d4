package vn.cchc.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A request parameter that is not of its type (an unknown state, a number in words, 31/02) on any page: 400 with
 * the Vietnamese page naming the parameter and the value, instead of the generic error page. The API answers the
 * same with a problem ({@link ApiProblemHandler}, which comes first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequestPages {

    /** The value is echoed back escaped; a long one is cut so the page stays small. */
    private static final int MAX_VALUE_LENGTH = 80;

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return page("error.400.typeMismatch", e.getName(), shortened(e.getValue()));
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
