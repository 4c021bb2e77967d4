package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.plan.parse.DocumentType;
import vn.cchc.plan.parse.PlanParseException;
import vn.cchc.plan.parse.ReferenceRelation;
import vn.cchc.plan.parse.ReformArea;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.NotVietnameseNumber;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseNumbers;
import vn.cchc.page.Crumb;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Upload → review (every field editable, warnings highlighted) → publish. */
@Controller
class ImportPages {

    private final PlanImports imports;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ImportPages(PlanImports imports, UnitAccess access, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.imports = imports;
        this.access = access;
    }

    @GetMapping("/plans/import")
    String form(Model model) {
        requireStanding();
        model.addAttribute("breadcrumbs", importTrail());
        return "plan/import";
    }

    @PostMapping("/plans/import")
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        requireStanding();
        try {
            long id = imports.upload(file.getOriginalFilename(), file.getBytes());
            return "redirect:/plans/import/" + id;
        } catch (PlanParseException e) {
            model.addAttribute("parseError", e.getMessage());
            model.addAttribute("breadcrumbs", importTrail());
            return "plan/import";
        }
    }

    @GetMapping("/plans/import/{id}")
    String review(@PathVariable long id, Model model) {
        requireStanding();
        PlanImports.Draft draft = imports.find(id).orElseThrow(PageNotFound::new);
        model.addAttribute("imp", draft);
        model.addAttribute("d", draft.plan());
        model.addAttribute("areas", ReformArea.values());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("relations", ReferenceRelation.values());
        model.addAttribute("comparators", List.of("≥", ">", "=", "≤", "<"));
        model.addAttribute("breadcrumbs", List.of(new Crumb(label("nav.plans"), "/plans"),
                new Crumb(label("plan.import.title"), "/plans/import"),
                new Crumb(label("plan.review.title"), "/plans/import/" + id)));
        return "plan/review";
    }

    @PostMapping("/plans/import/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        requireStanding();
        PlanImports.Draft current = imports.find(id).orElseThrow(PageNotFound::new);
        try {
            imports.save(id, edited(current.plan(), form));
            redirect.addFlashAttribute("flashSuccess", "plan.flash.saved");
        } catch (PlanRuleException e) {
            redirect.addFlashAttribute("flashErrorText", messages.getMessage(e.key(), e.args(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/plans/import/" + id;
    }

    @PostMapping("/plans/import/{id}/appendix")
    String appendix(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        requireStanding();
        try {
            imports.attachAppendix(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flashSuccess", "plan.flash.appendixAttached");
        } catch (PlanParseException e) {
            redirect.addFlashAttribute("appendixError", e.getMessage());
        } catch (PlanRuleException e) {
            redirect.addFlashAttribute("flashError", e.key());
        }
        return "redirect:/plans/import/" + id;
    }

    @PostMapping("/plans/import/{id}/publish")
    String publish(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        requireStanding();
        PlanImports.Draft current = imports.find(id).orElseThrow(PageNotFound::new);
        try {
            if (form.containsKey("number")) {
                imports.save(id, edited(current.plan(), form));
            }
            PlanPublication.Published p = imports.publish(id);
            redirect.addFlashAttribute("flashSuccess", p.created() ? "plan.flash.published" : "plan.flash.updated");
            return "redirect:/plans/" + p.planId();
        } catch (PlanRuleException e) {
            redirect.addFlashAttribute("flashErrorText", messages.getMessage(e.key(), e.args(), LocaleContextHolder.getLocale()));
            return "redirect:/plans/import/" + id;
        }
    }

    @PostMapping("/plans/import/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        requireStanding();
        imports.discard(id);
        redirect.addFlashAttribute("flashSuccess", "plan.flash.discarded");
        return "redirect:/plans";
    }

    private List<Crumb> importTrail() {
        return List.of(new Crumb(label("nav.plans"), "/plans"), new Crumb(label("plan.import.title"), "/plans/import"));
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private void requireStanding() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực được nhập kế hoạch.");
        }
    }

    /** The draft with the review form's values; agencies re-resolved, deadlines re-read when their text changed. */
    PlanDraft edited(PlanDraft d, MultiValueMap<String, String> form) {
        LocalDate date = date(form.getFirst("date"));
        Integer year = integer(form.getFirst("year"));
        int planYear = year != null ? year : date != null ? date.getYear() : LocalDate.now(clock).getYear();
        List<PlanDraft.Reference> refs = new ArrayList<>();
        for (int i = 0; form.containsKey("r" + i + ".number"); i++) {
            if (form.containsKey("r" + i + ".delete")) {
                continue;
            }
            refs.add(new PlanDraft.Reference(text(form.getFirst("r" + i + ".number")), date(form.getFirst("r" + i + ".date")),
                    text(form.getFirst("r" + i + ".relation"))));
        }
        List<PlanDraft.Target> targets = new ArrayList<>();
        for (int i = 0; form.containsKey("g" + i + ".text"); i++) {
            if (form.containsKey("g" + i + ".delete")) {
                continue;
            }
            String v = text(form.getFirst("g" + i + ".value"));
            BigDecimal value;
            try {
                value = VietnameseNumbers.parse(v);
            } catch (NotVietnameseNumber e) {
                throw new PlanRuleException("plan.error.targetNumber", v, e);
            }
            targets.add(new PlanDraft.Target(text(form.getFirst("g" + i + ".text")), text(form.getFirst("g" + i + ".metric")),
                    text(form.getFirst("g" + i + ".comparator")), value, text(form.getFirst("g" + i + ".unit"))));
        }
        List<PlanDraft.Task> tasks = new ArrayList<>();
        for (int i = 0; i < d.tasks().size(); i++) {
            PlanDraft.Task old = d.tasks().get(i);
            String p = "t" + i + ".";
            if (!form.containsKey(p + "content")) {
                tasks.add(old);
                continue;
            }
            if (form.containsKey(p + "delete")) {
                continue;
            }
            String deadline = text(form.getFirst(p + "deadline"));
            PlanDraft.Task t = new PlanDraft.Task(text(form.getFirst(p + "section")), text(form.getFirst(p + "number")),
                    text(form.getFirst(p + "area")), text(form.getFirst(p + "content")), text(form.getFirst(p + "directedBy")),
                    imports.agencies(form.getFirst(p + "lead"), old.lead(), date),
                    imports.agencies(form.getFirst(p + "coordinate"), old.coordinate(), date),
                    old.deadlineText(), old.deadlineKind(), old.milestones(), old.recurrence(), text(form.getFirst(p + "output")),
                    integer(form.getFirst(p + "quarter")), form.containsKey(p + "priority"), old.warnings(),
                    form.containsKey(p + "sectionTitle") ? text(form.getFirst(p + "sectionTitle")) : old.sectionTitle());
            if (!java.util.Objects.equals(deadline, old.deadlineText())) {
                t = t.withDeadline(deadline, planYear);
            }
            tasks.add(t);
        }
        return new PlanDraft(text(form.getFirst("number")), text(form.getFirst("type")), text(form.getFirst("title")),
                text(form.getFirst("issuer")), text(form.getFirst("place")), date, text(form.getFirst("signer")),
                text(form.getFirst("signerTitle")), year, text(form.getFirst("theme")), text(form.getFirst("purposes")),
                text(form.getFirst("requirements")), refs, targets, tasks, d.warnings(), d.sourceText());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String s) {
        try {
            return VietnameseDates.parse(s);
        } catch (NotVietnameseDate e) {
            throw new PlanRuleException("plan.error.dateText", e);
        }
    }

    private static Integer integer(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new PlanRuleException("plan.error.number");
        }
    }
}
