package vn.cchc.survey;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.security.CurrentUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyboard-only entry of paper forms: the form's number, then one field per item where a digit is the answer
 * (a choice's number for choices, the group's number for the respondent group) and moves to the next field; Enter
 * sends. Below, the unit's forms still waiting: typed once, or typed twice and disagreeing, field by field.
 */
@Controller
class PaperPages {

    private final PaperEntries entries;
    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final MessageSource messages;

    PaperPages(PaperEntries entries, Campaigns campaigns, Questionnaires questionnaires, MessageSource messages) {
        this.entries = entries;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @GetMapping("/survey/campaigns/{id}/paper")
    String screen(@PathVariable long id, Model model) {
        return screen(id, model, Map.of(), List.of());
    }

    @PostMapping("/survey/campaigns/{id}/paper")
    String enter(@PathVariable long id, @RequestParam(required = false) String formNumber, HttpServletRequest request,
                 Model model, RedirectAttributes redirect) {
        Campaign c = campaigns.require(id);
        Questionnaire q = questionnaires.version(c.versionId()).orElseThrow();
        Map<String, String> typed = new LinkedHashMap<>();
        try {
            typed = PublicSurveyPages.typed(request);
            typed.put("formNumber", formNumber);
            PaperEntries.Outcome outcome = entries.enter(id, CurrentUser.require().unitId(), formNumber,
                    group(c, typed.get("group")), answers(q, PublicSurveyPages.answers(typed)));
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, "survey.paper." + outcome.name());
            return "redirect:/survey/campaigns/" + id + "/paper";
        } catch (SurveyRefused e) {
            return screen(id, model, typed, e.problems());
        }
    }

    private String screen(long id, Model model, Map<String, String> typed, List<String> problems) {
        Campaign c = campaigns.require(id);
        long unit = CurrentUser.require().unitId();
        model.addAttribute("forms", entries.open(id, unit));
        model.addAttribute("campaign", c);
        model.addAttribute("q", questionnaires.version(c.versionId()).orElseThrow());
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("problems", problems);
        String title = messages.getMessage("survey.paper.title", null, LocaleContextHolder.getLocale());
        model.addAttribute("breadcrumbs", List.of(new Crumb(messages.getMessage("survey.title", null, LocaleContextHolder.getLocale()), "/survey"),
                new Crumb(c.name(), "/survey/campaigns/" + id), new Crumb(title, "/survey/campaigns/" + id + "/paper")));
        return "survey/paper";
    }

    /** The group typed as its number on the form (1 = the campaign's first group). */
    private static String group(Campaign c, String typed) {
        if (typed != null && typed.strip().matches("\\d") ) {
            int n = Integer.parseInt(typed.strip());
            if (n >= 1 && n <= c.groups().size()) {
                return c.groups().get(n - 1).name();
            }
        }
        return typed;
    }

    /** A choice typed as its number becomes the choice; anything else is left for the sheet's check to name. */
    static Map<String, String> answers(Questionnaire q, Map<String, String> typed) {
        Map<String, String> out = new LinkedHashMap<>(typed);
        for (Questionnaire.Item i : q.items()) {
            String v = out.get(i.code());
            if (i.scale() == Scale.CHOICE && v != null && v.strip().matches("\\d{1,2}")) {
                int n = Integer.parseInt(v.strip());
                if (n >= 1 && n <= i.choices().size()) {
                    out.put(i.code(), i.choices().get(n - 1));
                }
            }
        }
        return out;
    }
}
