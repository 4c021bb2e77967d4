package vn.cchc.plan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.plan.parse.ReformArea;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;
import vn.cchc.security.UserAdministration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Plan list, plan page, task page with progress, "Việc của tôi", the follow-up board and exports. */
@Controller
class PlanPages {

    private final PlanStore store;
    private final ProgressService progress;
    private final UnitAccess access;
    private final Directory directory;
    private final TaskExport export;
    private final UserAdministration users;
    private final PlanCascade cascade;
    private final AgencyGroups groups;
    private final PlanDashboard dashboard;
    private final MessageSource messages;
    private final Clock clock;

    PlanPages(PlanStore store, ProgressService progress, UnitAccess access, Directory directory, TaskExport export,
              UserAdministration users, PlanCascade cascade, AgencyGroups groups, PlanDashboard dashboard,
              MessageSource messages, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.dashboard = dashboard;
        this.cascade = cascade;
        this.groups = groups;
        this.store = store;
        this.progress = progress;
        this.access = access;
        this.directory = directory;
        this.export = export;
        this.users = users;
    }

    /** Counts per state, in display order, for a group of tasks. */
    public record Counts(String label, Long unitId, Map<TaskState, Long> byState, long total, long done) {
        public long percentDone() {
            return total == 0 ? 0 : Math.round(100.0 * done / total);
        }
    }

    public record Point(LocalDate due, String precision, TaskRow task) {
    }

    /** The milestones falling in one month, for the plan's timeline. */
    public record Month(int year, int month, List<Point> points) {
    }

    static Counts counts(String label, Long unitId, List<TaskRow> rows) {
        Map<TaskState, Long> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            m.put(s, 0L);
        }
        rows.forEach(r -> m.merge(r.state(), 1L, Long::sum));
        long done = m.get(TaskState.DONE_ON_TIME) + m.get(TaskState.DONE_LATE);
        return new Counts(label, unitId, m, rows.size(), done);
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("plans", store.plans(year));
        model.addAttribute("years", store.years());
        model.addAttribute("year", year);
        model.addAttribute("canImport", access.isStandingAgency());
        model.addAttribute("breadcrumbs", List.of(plansCrumb()));
        return "plan/list";
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, Model model) {
        PlanSummary plan = store.plan(id).orElseThrow(NotFound::new);
        List<TaskRow> tasks = store.tasks(TaskFilter.ofPlan(id));
        model.addAttribute("plan", plan);
        model.addAttribute("references", store.references(id));
        model.addAttribute("targets", store.targets(id));
        model.addAttribute("children", store.children(id));
        model.addAttribute("tasks", tasks);
        Map<String, List<TaskRow>> bySection = tasks.stream()
                .collect(Collectors.groupingBy(TaskRow::topSection, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("sections", bySection);
        model.addAttribute("sectionCounts", bySection.entrySet().stream().map(e -> counts(e.getKey(), null, e.getValue())).toList());
        model.addAttribute("unitCounts", unitCounts(tasks));
        model.addAttribute("states", TaskState.values());
        List<Point> timeline = new ArrayList<>();
        tasks.forEach(t -> t.milestones().forEach(m -> timeline.add(new Point(m.due(), m.precision(), t))));
        timeline.sort(java.util.Comparator.comparing(Point::due));
        Map<java.time.YearMonth, List<Point>> byMonth = timeline.stream().collect(Collectors.groupingBy(
                p -> java.time.YearMonth.from(p.due()), TreeMap::new, Collectors.toList()));
        model.addAttribute("timeline", byMonth.entrySet().stream()
                .map(e -> new Month(e.getKey().getYear(), e.getKey().getMonthValue(), e.getValue())).toList());
        model.addAttribute("today", LocalDate.now(clock));
        Map<Integer, List<TaskRow>> quarters = new TreeMap<>();
        tasks.stream().filter(t -> t.quarter() != null).forEach(t -> quarters.computeIfAbsent(t.quarter(), k -> new ArrayList<>()).add(t));
        model.addAttribute("quarters", quarters);
        model.addAttribute("quarterCounts", quarters.entrySet().stream()
                .map(e -> counts(Integer.toString(e.getKey()), null, e.getValue())).toList());
        // The issuer as printed ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN") is shown by the unit's proper name when it resolves.
        model.addAttribute("issuerUnit", groups.unitOf(plan.issuer(), plan.date()).orElse(null));
        model.addAttribute("standing", access.isStandingAgency());
        CchcUser user = CurrentUser.require();
        List<UnitRef> cascadeUnits = plan.draft() ? List.of() : cascade.assignedUnits(id).stream()
                .filter(u -> cascade.canCascade(u.id())).toList();
        model.addAttribute("cascadeUnits", cascadeUnits);
        model.addAttribute("ownUnit", user.unitId());
        model.addAttribute("canEdit", cascade.canEdit(plan));
        model.addAttribute("breadcrumbs", List.of(plansCrumb(), planCrumb(plan)));
        return "plan/show";
    }

    @PostMapping("/plans/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (!access.isStandingAgency()) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ cơ quan thường trực được kết thúc kế hoạch.");
        }
        return run(redirect, "/plans/" + id, "plan.flash.closed", () -> {
            store.close(id, reason, CurrentUser.require().username());
            return 0L;
        });
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
        PlanSummary plan = store.plan(id).orElseThrow(NotFound::new);
        if (!cascade.canEdit(plan)) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ sửa được dự thảo của đơn vị mình.");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", store.tasks(TaskFilter.ofPlan(id)));
        model.addAttribute("breadcrumbs", List.of(plansCrumb(), planCrumb(plan),
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

    /** Per lead unit, each unit counted by its own part of a shared task (its own state, not the task's). */
    private Crumb plansCrumb() {
        return new Crumb(text("nav.plans"), "/plans");
    }

    private static Crumb planCrumb(PlanSummary plan) {
        String label = plan.number() == null || plan.number().isBlank() ? plan.title() : plan.number();
        return new Crumb(label, "/plans/" + plan.id());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    static List<Counts> unitCounts(List<TaskRow> tasks) {
        Map<Long, List<TaskRow>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (TaskRow t : tasks) {
            for (TaskRow.UnitProgress u : t.units()) {
                byUnit.computeIfAbsent(u.unitId(), k -> new ArrayList<>()).add(t.asSeenBy(u.unitId()));
                names.putIfAbsent(u.unitId(), u.name());
            }
        }
        return byUnit.entrySet().stream().map(e -> counts(names.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(vn.cchc.vietnamese.VietnameseOrder.by(Counts::label)).toList();
    }

    @GetMapping("/plans/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        TaskRow task = store.task(id).orElseThrow(NotFound::new);
        PlanSummary plan = store.plan(task.planId()).orElseThrow(NotFound::new);
        model.addAttribute("task", task);
        model.addAttribute("plan", plan);
        model.addAttribute("breadcrumbs", List.of(plansCrumb(), planCrumb(plan),
                new Crumb(messages.getMessage("plan.task.heading", new Object[] {task.number()}, LocaleContextHolder.getLocale()),
                        "/plans/tasks/" + id)));
        model.addAttribute("entries", progress.entries(id));
        model.addAttribute("decisions", progress.decisions(id));
        Long postingUnit = progress.postingUnit(task);
        model.addAttribute("canPost", postingUnit != null && task.followed());
        model.addAttribute("mine", postingUnit == null ? null : task.unit(postingUnit).orElse(null));
        model.addAttribute("standing", access.isStandingAgency());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("children", store.childTasks(id));
        List<PlanStore.ConcernedGroup> concerned = store.concernedGroups(id);
        model.addAttribute("concerned", concerned);
        if (access.isStandingAgency() && !concerned.isEmpty()) {
            Map<String, List<UnitRef>> candidates = new LinkedHashMap<>();
            concerned.forEach(c -> candidates.put(c.role() + c.position(), groups.candidates(c.group())));
            model.addAttribute("candidates", candidates);
        }
        return "plan/task";
    }

    /** The standing agency picks the units a "… có liên quan" group means for this task. */
    @PostMapping("/plans/tasks/{id}/pick")
    String pick(@PathVariable long id, @RequestParam String role, @RequestParam int position,
                @RequestParam(name = "unitIds", required = false) List<Long> unitIds, RedirectAttributes redirect) {
        if (!access.isStandingAgency()) {
            throw new org.springframework.security.access.AccessDeniedException("Chỉ cơ quan thường trực được chọn đơn vị.");
        }
        return run(redirect, "/plans/tasks/" + id, "plan.flash.picked", () -> {
            store.pick(id, role, position, unitIds == null ? List.of() : unitIds);
            return 0L;
        });
    }

    @PostMapping("/plans/tasks/{id}/progress")
    String post(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) Integer percent,
                @RequestParam(required = false) String note, @RequestParam(required = false) String outputNumber,
                @RequestParam(required = false) LocalDate outputDate,
                @RequestParam(required = false) String links,
                @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect)
            throws IOException {
        List<ProgressService.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    uploads.add(new ProgressService.Upload(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return run(redirect, "/plans/tasks/" + id, "plan.flash.posted",
                () -> progress.post(id, new ProgressService.Post(status, percent, note, outputNumber, outputDate, links), uploads));
    }

    @PostMapping("/plans/tasks/{id}/request")
    String request(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) LocalDate requestedDue,
                   RedirectAttributes redirect) {
        return run(redirect, "/plans/tasks/" + id, "plan.flash.requested", () -> progress.request(id, kind, reason, requestedDue));
    }

    @PostMapping("/plans/progress/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam long taskId, RedirectAttributes redirect) {
        return run(redirect, "/plans/tasks/" + taskId, "plan.flash.confirmed", () -> {
            progress.confirm(id);
            return 0L;
        });
    }

    @PostMapping("/plans/progress/{id}/return")
    String giveBack(@PathVariable long id, @RequestParam long taskId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        return run(redirect, "/plans/tasks/" + taskId, "plan.flash.returned", () -> {
            progress.returnForCorrection(id, reason);
            return 0L;
        });
    }

    private static String run(RedirectAttributes redirect, String target, String success, java.util.function.Supplier<Long> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (PlanRuleException e) {
            redirect.addFlashAttribute("flashError", e.key());
        }
        return "redirect:" + target;
    }

    @GetMapping("/plans/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        ProgressService.File f = progress.file(id).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    @GetMapping("/my-tasks")
    String myTasks(Model model) {
        CchcUser user = CurrentUser.require();
        PlanDashboard.UnitTasks mine = dashboard.forUnit(user.unitId());
        model.addAttribute("unitName", user.unitName());
        model.addAttribute("dueSoon", mine.dueSoon());
        model.addAttribute("overdue", mine.overdue());
        model.addAttribute("returned", mine.returned());
        model.addAttribute("awaiting", mine.awaiting());
        model.addAttribute("all", mine.all());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("plan.my.title"), "/my-tasks")));
        return "plan/my-tasks";
    }

    /** Filters of the board; a leader only ever sees the units they follow. */
    private TaskFilter boardFilter(Integer year, Long planId, String area, Long unitId, TaskState state, Integer window,
                                   Boolean priority, Model model) {
        CchcUser user = CurrentUser.require();
        List<UnitRef> units;
        List<Long> scope = null;
        if (user.has(Role.LEADER) && !access.isStandingAgency()) {
            List<Long> followed = users.find(user.id()).map(u -> u.followedUnitIds()).orElse(List.of());
            scope = followed;
            units = followed.stream().map(directory::findById).flatMap(java.util.Optional::stream).toList();
        } else {
            units = directory.current();
        }
        List<Long> filterUnits = unitId != null ? (scope == null || scope.contains(unitId) ? List.of(unitId) : List.of()) : scope;
        LocalDate today = LocalDate.now(clock);
        TaskState st = state;
        if (model != null) {
            model.addAttribute("units", units);
            model.addAttribute("plans", store.plans(null));
            model.addAttribute("years", store.years());
            model.addAttribute("areas", ReformArea.values());
            model.addAttribute("states", TaskState.values());
            model.addAttribute("f", new java.util.HashMap<String, Object>(java.util.Map.of(
                    "year", year == null ? "" : year, "planId", planId == null ? "" : planId, "area", area == null ? "" : area,
                    "unitId", unitId == null ? "" : unitId, "state", state == null ? "" : state.name(),
                    "window", window == null ? "" : window, "priority", Boolean.TRUE.equals(priority))));
            model.addAttribute("scope", scope);
        }
        return new TaskFilter(year, planId, area, filterUnits, st, null,
                window == null ? null : today.plusDays(window), priority, null);
    }

    @GetMapping({"/plans/tasks/export.xlsx", "/plans/tasks/export.docx"})
    ResponseEntity<byte[]> exportTasks(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                                       @RequestParam(required = false) String area, @RequestParam(required = false) Long unitId,
                                       @RequestParam(required = false) TaskState state, @RequestParam(required = false) Integer window,
                                       @RequestParam(required = false) Boolean priority,
                                       @RequestParam(required = false) Boolean mine,
                                       jakarta.servlet.http.HttpServletRequest request) {
        TaskFilter f = Boolean.TRUE.equals(mine)
                ? new TaskFilter(null, null, null, List.of(CurrentUser.require().unitId()), null, null, null, null, null)
                : boardFilter(year, planId, area, unitId, state, window, priority, null);
        List<TaskRow> rows = store.tasks(f);
        String title = planId != null ? store.plan(planId).map(p -> PlanStore.nz(p.number()) + " " + PlanStore.nz(p.title())).orElse("")
                : "CCHC";
        boolean docx = request.getRequestURI().endsWith(".docx");
        byte[] body = docx ? export.docx(title, rows) : export.xlsx(title, rows);
        String type = docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("nhiem-vu" + (docx ? ".docx" : ".xlsx")).build().toString())
                .body(body);
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class NotFound extends RuntimeException {
    }
}
