package vn.cchc.survey;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.security.UnitAccess;

import java.util.List;

/**
 * A questionnaire version as the standing agency edits it: its sections with their weights, each item with its
 * scale, choices, weight and skip rule. Saving into a frozen version makes the next version, where the page goes.
 */
@Controller
class QuestionnairePages {

    private final Questionnaires questionnaires;
    private final UnitAccess access;
    private final MessageSource messages;

    QuestionnairePages(Questionnaires questionnaires, UnitAccess access, MessageSource messages) {
        this.questionnaires = questionnaires;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/survey/questionnaires/{versionId}")
    String version(@PathVariable long versionId, @RequestParam(required = false) String edit, Model model) {
        requireStanding();
        Questionnaire q = questionnaires.version(versionId).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("q", q);
        model.addAttribute("edit", edit == null ? "" : edit);
        model.addAttribute("scales", Scale.values());
        model.addAttribute("problems", List.of());
        model.addAttribute("breadcrumbs", List.of(new Crumb(messages.getMessage("survey.title", null, LocaleContextHolder.getLocale()), "/survey"),
                new Crumb(q.code() + " · " + messages.getMessage("survey.version", new Object[]{q.number()}, LocaleContextHolder.getLocale()),
                        "/survey/questionnaires/" + versionId)));
        return "survey/questionnaire";
    }

    @PostMapping("/survey/questionnaires/{versionId}/items/{code}")
    String editItem(@PathVariable long versionId, @PathVariable String code, @RequestParam(required = false) String text,
                    @RequestParam(required = false) Scale scale, @RequestParam(required = false) String choices,
                    @RequestParam(required = false) String weight, @RequestParam(required = false) String showIfItem,
                    @RequestParam(required = false) String showIfValues, Model model, RedirectAttributes redirect) {
        try {
            long target = questionnaires.editItem(versionId, code, new Questionnaires.ItemForm(text, scale, choices, weight, showIfItem, showIfValues));
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, target == versionId ? "survey.item.saved" : "survey.item.savedAsNewVersion");
            return "redirect:/survey/questionnaires/" + target;
        } catch (SurveyRefused e) {
            String view = version(versionId, code, model);
            model.addAttribute("problems", e.problems());
            return view;
        }
    }

    @PostMapping("/survey/questionnaires/{versionId}/sections/{code}")
    String weighSection(@PathVariable long versionId, @PathVariable String code, @RequestParam(required = false) String weight,
                        RedirectAttributes redirect) {
        try {
            long target = questionnaires.weighSection(versionId, code, weight);
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, target == versionId ? "survey.item.saved" : "survey.item.savedAsNewVersion");
            return "redirect:/survey/questionnaires/" + target;
        } catch (SurveyRefused e) {
            redirect.addFlashAttribute("flashErrorText", String.join(" ", e.problems()));
            return "redirect:/survey/questionnaires/" + versionId;
        }
    }

    private void requireStanding() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ Sở Nội vụ sửa phiếu khảo sát.");
        }
    }
}
