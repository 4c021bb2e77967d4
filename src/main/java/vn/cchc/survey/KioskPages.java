package vn.cchc.survey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * The kiosk: a page of its own with no menu or link out, started by the counter's officer; each submission stores
 * one response and brings a fresh, empty form for the next person (no draft is kept on a shared tablet).
 */
@Controller
class KioskPages {

    private final Kiosk kiosk;
    private final Questionnaires questionnaires;

    KioskPages(Kiosk kiosk, Questionnaires questionnaires) {
        this.kiosk = kiosk;
        this.questionnaires = questionnaires;
    }

    @GetMapping("/survey/kiosk/{id}")
    String form(@PathVariable long id, Model model) {
        return form(kiosk.start(id), model, Map.of(), List.of());
    }

    @PostMapping("/survey/kiosk/{id}")
    String answer(@PathVariable long id, @RequestParam(required = false) String group, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of();
        try {
            typed = PublicSurveyPages.typed(request);
            kiosk.answer(id, group, PublicSurveyPages.answers(typed));
        } catch (SurveyRefused e) {
            response.setStatus(422);
            return form(kiosk.start(id), model, typed, e.problems());
        }
        redirect.addFlashAttribute("thanked", true);
        return "redirect:/survey/kiosk/" + id;
    }

    private String form(Campaign c, Model model, Map<String, String> typed, List<String> problems) {
        model.addAttribute("campaign", c);
        model.addAttribute("q", questionnaires.version(c.versionId()).orElseThrow());
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("thanked")) {
            model.addAttribute("thanked", false);
        }
        return "survey/kiosk";
    }
}
