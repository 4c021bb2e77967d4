package vn.cchc.inspection;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.security.UnitAccess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standing agency's form to make a year's inspection plan and to edit it: year, kind, the batches as the plan
 * writes them, teams with their members, target units per batch and team. The rules and messages are
 * {@link InspectionPlans}'; a refused form is shown again with what was typed and every problem named.
 */
@Controller
class InspectionPlanPages {

    private final InspectionPlans plans;
    private final InspectionPlanRecords records;
    private final InspectionForms forms;
    private final UnitPicks picks;
    private final UnitAccess access;
    private final MessageSource messages;

    InspectionPlanPages(InspectionPlans plans, InspectionPlanRecords records, InspectionForms forms, UnitPicks picks,
                        UnitAccess access, MessageSource messages) {
        this.plans = plans;
        this.records = records;
        this.forms = forms;
        this.picks = picks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/inspections/plans/new")
    String newPlan(Model model) {
        requireStandingAgency();
        return form(model, null, Map.of(), List.of());
    }

    @PostMapping("/inspections/plans/new")
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        requireStandingAgency();
        InspectionForms.ParsedPlan parsed = forms.plan(params);
        if (!parsed.problems().isEmpty()) {
            return form(model, null, params.toSingleValueMap(), parsed.problems());
        }
        try {
            InspectionPlans.Saved saved = plans.create(parsed.form());
            return saved(saved, saved.created() ? "inspection.plan.created" : "inspection.plan.createdBefore", redirect);
        } catch (InspectionRejected e) {
            return form(model, null, params.toSingleValueMap(), e.problems());
        }
    }

    @GetMapping("/inspections/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        requireStandingAgency();
        Map<String, String> typed = records.typed(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return form(model, id, typed, List.of());
    }

    @PostMapping("/inspections/plans/{id}/edit")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        requireStandingAgency();
        InspectionForms.ParsedPlan parsed = forms.plan(params);
        if (!parsed.problems().isEmpty()) {
            return form(model, id, params.toSingleValueMap(), parsed.problems());
        }
        try {
            InspectionPlans.Saved saved = plans.update(id, parsed.version(), parsed.form());
            return saved(saved, saved.created() ? "inspection.plan.updated" : "inspection.plan.unchanged", redirect);
        } catch (InspectionRejected e) {
            return form(model, id, params.toSingleValueMap(), e.problems());
        }
    }

    private String saved(InspectionPlans.Saved saved, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(FlashRedirect.SUCCESS, message);
        if (saved.warning() != null) {
            redirect.addFlashAttribute("planWarning", saved.warning());
        }
        return "redirect:/inspections/plans/" + saved.id();
    }

    private String form(Model model, Long id, Map<String, String> typed, List<String> problems) {
        model.addAttribute("planId", id);
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("problems", problems);
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("chosenUnits", picks.chosen(typed));
        model.addAttribute("teamRows", InspectionForms.TEAM_ROWS);
        model.addAttribute("targetRows", InspectionForms.TARGET_ROWS);
        String title = text(id == null ? "inspection.plan.new" : "inspection.plan.edit");
        model.addAttribute("formTitle", title);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("inspection.list.title"), "/inspections"),
                new Crumb(text("inspection.plans.title"), "/inspections/plans"),
                new Crumb(title, id == null ? "/inspections/plans/new" : "/inspections/plans/" + id + "/edit")));
        return "inspection/plan-form";
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực lập kế hoạch kiểm tra.");
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
