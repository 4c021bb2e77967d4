package vn.cchc.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page Spring Security forwards to when a signed-in user lacks a permission. A forward keeps the method of the
 * refused request, so the page answers every method: a refused form post gets 403 and this page, not 405.
 */
@Controller
class ErrorPages {

    @RequestMapping("/error/403")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }
}
