package vn.cchc.survey;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The citizen's side, without an account: the code entry (also reached from a slip's QR code,
 * {@code /public/survey?code=…}), the questionnaire the code opens, the thanks page, and the results of closed
 * campaigns. A refused code or refused answers store nothing and say why; the phone keeps the draft meanwhile.
 */
@Controller
class PublicSurveyPages {

    static final int MAX_FIELDS = 300;

    private final OneTimeCodes codes;
    private final Questionnaires questionnaires;
    private final Campaigns campaigns;
    private final SurveyResults results;
    private final Directory directory;

    PublicSurveyPages(OneTimeCodes codes, Questionnaires questionnaires, Campaigns campaigns, SurveyResults results,
                      Directory directory) {
        this.codes = codes;
        this.questionnaires = questionnaires;
        this.campaigns = campaigns;
        this.results = results;
        this.directory = directory;
    }

    @GetMapping("/public/survey")
    String open(@RequestParam(required = false) String code, Model model) {
        if (code == null || code.isBlank()) {
            return codePage(model, "", List.of());
        }
        try {
            OneTimeCodes.Target t = codes.open(code);
            return form(model, t, code, Map.of(), List.of());
        } catch (SurveyRefused e) {
            return codePage(model, code, e.problems());
        }
    }

    @PostMapping("/public/survey")
    String answer(@RequestParam(required = false) String code, @RequestParam(required = false) String group,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of();
        try {
            typed = typed(request);
            codes.answer(code, group, answers(typed));
        } catch (SurveyRefused e) {
            response.setStatus(422);
            try {
                return form(model, codes.open(code), code, typed, e.problems());
            } catch (SurveyRefused codeRefused) {
                return codePage(model, code, codeRefused.problems());
            }
        }
        redirect.addFlashAttribute("clearDraft", draftKey(code));
        return "redirect:/public/survey/thanks";
    }

    @GetMapping("/public/survey/thanks")
    String thanks(Model model) {
        if (!model.containsAttribute("clearDraft")) {
            model.addAttribute("clearDraft", "");
        }
        return "survey/public-thanks";
    }

    @GetMapping("/public/survey/results")
    String results(Model model) {
        model.addAttribute("campaigns", campaigns.closed());
        return "survey/public-results";
    }

    @GetMapping("/public/survey/results/{id}")
    String result(@PathVariable long id, Model model) {
        Campaign c = campaigns.find(id).filter(x -> x.status() == Campaign.Status.CLOSED)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("report", results.report(c.id()));
        return "survey/public-result";
    }

    private String codePage(Model model, String code, List<String> problems) {
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("problems", problems);
        return "survey/public-code";
    }

    private String form(Model model, OneTimeCodes.Target t, String code, Map<String, String> typed, List<String> problems) {
        model.addAttribute("q", questionnaires.version(t.campaign().versionId()).orElseThrow());
        model.addAttribute("campaign", t.campaign());
        model.addAttribute("unit", directory.findById(t.unitId()).orElseThrow());
        model.addAttribute("code", OneTimeCodes.normalised(code));
        model.addAttribute("draftKey", draftKey(code));
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        return "survey/public-form";
    }

    static String draftKey(String code) {
        return "cchc-survey:" + OneTimeCodes.hash(OneTimeCodes.normalised(code)).substring(0, 16);
    }

    /** The form's answer fields (q_E1.1 …) and the group, as typed; a form with more fields than any questionnaire is refused. */
    static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        if (request.getParameterMap().size() > MAX_FIELDS) {
            throw new SurveyRefused("Phiếu có quá nhiều trường (" + request.getParameterMap().size() + ").");
        }
        request.getParameterMap().forEach((name, values) -> {
            if ((name.startsWith("q_") || name.equals("group")) && values.length > 0) {
                out.put(name, values[0]);
            }
        });
        return out;
    }

    /** Item code → answer, from the typed fields. */
    static Map<String, String> answers(Map<String, String> typed) {
        Map<String, String> out = new LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (name.startsWith("q_")) {
                out.put(name.substring(2), value);
            }
        });
        return out;
    }
}
