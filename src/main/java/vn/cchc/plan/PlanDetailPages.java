package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.page.Crumb;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The plan list, a plan's page (sections, units, timeline, quarters), closing, cascading and editing a unit's draft. */
@Controller
class PlanDetailPages {

    private final Plans store;
    private final UnitAccess access;
    private final PlanCascade cascade;
    private final PlanOutline outline;
    private final AgencyGroups groups;
    private final MessageSource messages;
    private final Clock clock;

    PlanDetailPages(Plans store, UnitAccess access, PlanCascade cascade, PlanOutline outline, AgencyGroups groups,
                    MessageSource messages, Clock clock) {
        this.store = store;
        this.outline = outline;
        this.access = access;
        this.cascade = cascade;
        this.groups = groups;
        this.messages = messages;
        this.clock = clock;
    }

    /** Lead units listed on the plan's page; the rest are counted and followed on the task board. */
    static final int UNITS_SHOWN = 30;

    public record Point(LocalDate due, String precision, TaskRow task) {
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("plans", store.plans(year, PageRequest.of(page, size)));
        model.addAttribute("years", store.years());
        model.addAttribute("year", year);
        model.addAttribute("canImport", access.isStandingAgency());
        model.addAttribute("breadcrumbs", List.of(PlanCrumbs.plans(messages)));
        return "plan/list";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        PlanSummary plan = store.plan(id).orElseThrow(PageNotFound::new);
        model.addAttribute("plan", plan);
        model.addAttribute("references", store.references(id));
        model.addAttribute("targets", store.targets(id));
        model.addAttribute("children", store.children(id));
        LocalDate today = LocalDate.now(clock);
        // Counts only: the rows of a section, quarter or month come through htmx when it is opened.
        PlanOutline.Tallies tallies = outline.tallies(id, today);
        model.addAttribute("sectionCounts", tallies.sections());
        List<TaskCounts.Counts> unitCounts = outline.units(id);
        model.addAttribute("unitCounts", unitCounts.subList(0, Math.min(unitCounts.size(), UNITS_SHOWN)));
        model.addAttribute("unitsNotShown", Math.max(0, unitCounts.size() - UNITS_SHOWN));
        model.addAttribute("states", TaskState.values());
        model.addAttribute("timeline", outline.months(id));
        model.addAttribute("today", today);
        model.addAttribute("quarters", tallies.quarters());
        // The issuer as printed ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN") is shown by the unit's proper name when it resolves.
        model.addAttribute("issuerUnit", groups.unitOf(plan.issuer(), plan.date()).orElse(null));
        boolean standing = access.isStandingAgency();
        model.addAttribute("standing", standing);
        CchcUser user = CurrentUser.require();
        // the standing agency picks among every assigned unit (2,100 in a province) by typing; an officer has one
        model.addAttribute("cascadeSearch", !plan.draft() && standing && plan.taskCount() > 0);
        List<UnitRef> cascadeUnits = plan.draft() || standing || !cascade.canCascade(user.unitId())
                || !cascade.isAssigned(id, user.unitId()) ? List.of()
                : List.of(new UnitRef(user.unitId(), user.unitCode(), user.unitName(), null, null));
        model.addAttribute("cascadeUnits", cascadeUnits);
        model.addAttribute("ownUnit", user.unitId());
        model.addAttribute("canEdit", cascade.canEdit(plan));
        model.addAttribute("breadcrumbs", List.of(PlanCrumbs.plans(messages), PlanCrumbs.plan(plan)));
        return "plan/show";
    }

    /**
     * The rows of one section, quarter or month of a plan's page, a page at a time (opened through htmx): a plan of
     * 2,000 tasks showed every task three times on one page.
     */
    @GetMapping("/plans/{id}/tasks")
    String rows(@PathVariable long id, @RequestParam(required = false) String section,
                @RequestParam(required = false) Integer quarter, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer month, @RequestParam(required = false) Integer page, Model model) {
        PageRequest request = PageRequest.of(page, null);
        store.plan(id).orElseThrow(PageNotFound::new);
        String query = "";
        if (year != null && month != null) {
            java.time.YearMonth wanted = java.time.YearMonth.of(year, Math.max(1, Math.min(12, month)));
            List<Point> points = new ArrayList<>();
            store.tasksOfPlan(id, " and exists (select 1 from plan_task_milestone m where m.task_id = t.id"
                            + " and m.due >= ? and m.due <= ?)", wanted.atDay(1), wanted.atEndOfMonth())
                    .forEach(t -> t.milestones().stream().filter(m -> java.time.YearMonth.from(m.due()).equals(wanted))
                            .forEach(m -> points.add(new Point(m.due(), m.precision(), t))));
            points.sort(java.util.Comparator.comparing(Point::due));
            model.addAttribute("points", pageOf(points, request));
            model.addAttribute("next", "/plans/" + id + "/tasks?year=" + year + "&month=" + month + "&page=" + (request.page() + 1));
            return "plan/show :: monthPoints";
        }
        List<TaskRow> chosen;
        if (section != null) {
            // the top heading as PlanOutline.topSection takes it: "II" for "II" and "II.3", "" for no section
            chosen = store.tasksOfPlan(id, " and (case when coalesce(btrim(t.section), '') = '' then ''"
                    + " else split_part(t.section, '.', 1) end) = ?", section);
            query = "section=" + java.net.URLEncoder.encode(section, java.nio.charset.StandardCharsets.UTF_8);
        } else if (quarter != null) {
            chosen = store.tasksOfPlan(id, " and t.quarter = ?", quarter);
            query = "quarter=" + quarter;
        } else {
            chosen = store.tasks(TaskFilter.ofPlan(id));
        }
        model.addAttribute("rows", pageOf(chosen, request));
        model.addAttribute("next", "/plans/" + id + "/tasks?" + query + "&page=" + (request.page() + 1));
        return "plan/show :: sectionRows";
    }

    private static <T> Page<T> pageOf(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.offset());
        return Page.of(all.subList(from, Math.min(all.size(), from + request.limitPlusOne())), request);
    }

    @PostMapping("/plans/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (!access.isStandingAgency()) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ cơ quan thường trực được kết thúc kế hoạch.");
        }
        return PlanFlash.run(redirect, "/plans/" + id, "plan.flash.closed", () -> {
            store.close(id, reason, CurrentUser.require().username());
            return 0L;
        });
    }

    /** The cascade's units matching what the standing agency typed (htmx, from 2 characters). */
    @GetMapping("/plans/{id}/cascade-units")
    String cascadeUnits(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        if (!access.isStandingAgency()) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ cơ quan thường trực chọn đơn vị khác.");
        }
        String text = q == null ? "" : q.strip();
        List<UnitRef> hits = text.length() < 2 ? List.of() : cascade.assignedUnitsMatching(id, text);
        model.addAttribute("typed", text.length() >= 2);
        model.addAttribute("hits", hits.subList(0, Math.min(hits.size(), PlanCascade.UNIT_HITS)));
        model.addAttribute("moreHits", hits.size() > PlanCascade.UNIT_HITS);
        return "plan/show :: cascadeHits";
    }

    @PostMapping("/plans/{id}/cascade")
    String cascade(@PathVariable long id, @RequestParam long unitId, RedirectAttributes redirect) {
        try {
            long draft = cascade.createDraft(id, unitId);
            redirect.addFlashAttribute("flashSuccess", "plan.flash.cascaded");
            return "redirect:/plans/" + draft;
        } catch (PlanRuleException e) {
            redirect.addFlashAttribute("flashError", e.key());
            return "redirect:/plans/" + id;
        }
    }

    @GetMapping("/plans/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        PlanSummary plan = store.plan(id).orElseThrow(PageNotFound::new);
        if (!cascade.canEdit(plan)) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ sửa được dự thảo của đơn vị mình.");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", store.tasks(TaskFilter.ofPlan(id)));
        model.addAttribute("breadcrumbs", List.of(PlanCrumbs.plans(messages), PlanCrumbs.plan(plan),
                new Crumb(text("plan.edit.title"), "/plans/" + id + "/edit")));
        return "plan/edit";
    }

    @PostMapping("/plans/{id}/edit")
    String edit(@PathVariable long id, @RequestParam org.springframework.util.MultiValueMap<String, String> form,
                RedirectAttributes redirect) {
        List<PlanCascade.TaskEdit> tasks = new ArrayList<>();
        for (TaskRow t : store.tasks(TaskFilter.ofPlan(id))) {
            String p = "t" + t.id() + ".";
            if (form.containsKey(p + "content")) {
                tasks.add(new PlanCascade.TaskEdit(t.id(), form.getFirst(p + "content"), form.getFirst(p + "deadline"),
                        form.getFirst(p + "output"), form.containsKey(p + "delete")));
            }
        }
        LocalDate date;
        try {
            date = vn.cchc.vietnamese.VietnameseDates.parse(form.getFirst("date"));
        } catch (vn.cchc.vietnamese.NotVietnameseDate e) {
            redirect.addFlashAttribute("flashErrorText", messages.getMessage(e, LocaleContextHolder.getLocale()));
            return "redirect:/plans/" + id + "/edit";
        }
        PlanCascade.DraftEdit edit = new PlanCascade.DraftEdit(form.getFirst("number"), date, form.getFirst("title"),
                form.getFirst("signer"), form.getFirst("signerTitle"), tasks);
        boolean issue = form.containsKey("issue");
        try {
            cascade.edit(id, edit);
            if (issue) {
                cascade.issue(id);
                redirect.addFlashAttribute("flashSuccess", "plan.flash.issued");
                return "redirect:/plans/" + id;
            }
            redirect.addFlashAttribute("flashSuccess", "plan.flash.saved");
        } catch (PlanRuleException e) {
            redirect.addFlashAttribute("flashError", e.key());
        }
        return "redirect:/plans/" + id + "/edit";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
