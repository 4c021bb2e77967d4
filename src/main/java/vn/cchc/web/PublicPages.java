package vn.cchc.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The citizens' landing page: no account, links to what a citizen can do here (the survey by code, feedback, its
 * tracking and published answers, the published rankings). Every /public page shares templates/public/layout.html.
 */
@Controller
class PublicPages {

    @GetMapping({"/public", "/public/"})
    String home() {
        return "public/home";
    }
}
