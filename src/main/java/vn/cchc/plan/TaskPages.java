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
import vn.cchc.directory.UnitRef;
import vn.cchc.security.UnitAccess;
import vn.cchc.page.Crumb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A task's page: progress of each unit, reports and their confirmation or return, requests, concerned groups' picks, evidence files. */
@Controller
class TaskPages {

    private final Plans store;
    private final TaskFollowUp progress;
    private final UnitAccess access;
    private final AgencyGroups groups;
    private final MessageSource messages;
    private final Clock clock;
    private final EvidenceDownloads evidence;

    TaskPages(Plans store, TaskFollowUp progress, UnitAccess access, AgencyGroups groups, MessageSource messages, Clock clock,
              EvidenceDownloads evidence) {
        this.store = store;
        this.progress = progress;
        this.access = access;
        this.groups = groups;
        this.messages = messages;
        this.clock = clock;
        this.evidence = evidence;
    }

    @GetMapping("/plans/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        TaskRow task = store.task(id).orElseThrow(PageNotFound::new);
        PlanSummary plan = store.plan(task.planId()).orElseThrow(PageNotFound::new);
        model.addAttribute("task", task);
        model.addAttribute("plan", plan);
        model.addAttribute("breadcrumbs", List.of(PlanCrumbs.plans(messages), PlanCrumbs.plan(plan),
                new Crumb(messages.getMessage("plan.task.heading", new Object[] {task.number()}, LocaleContextHolder.getLocale()),
                        "/plans/tasks/" + id)));
        model.addAttribute("entries", progress.entries(id));
        model.addAttribute("decisions", progress.decisions(id));
        model.addAttribute("openFiles", evidence.openEntries(id));
        Long postingUnit = progress.postingUnit(task);
        model.addAttribute("canPost", postingUnit != null && task.followed());
        model.addAttribute("mine", postingUnit == null ? null : task.unit(postingUnit).orElse(null));
        model.addAttribute("standing", access.isStandingAgency());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("children", store.childTasks(id));
        List<Plans.ConcernedGroup> concerned = store.concernedGroups(id);
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
        return PlanFlash.run(redirect, "/plans/tasks/" + id, "plan.flash.picked", () -> {
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
        List<TaskFollowUp.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    uploads.add(new TaskFollowUp.Upload(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return PlanFlash.run(redirect, "/plans/tasks/" + id, "plan.flash.posted",
                () -> progress.post(id, new TaskFollowUp.Post(status, percent, note, outputNumber, outputDate, links), uploads));
    }

    @PostMapping("/plans/tasks/{id}/request")
    String request(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) LocalDate requestedDue,
                   RedirectAttributes redirect) {
        return PlanFlash.run(redirect, "/plans/tasks/" + id, "plan.flash.requested", () -> progress.request(id, kind, reason, requestedDue));
    }

    @PostMapping("/plans/progress/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam long taskId, RedirectAttributes redirect) {
        return PlanFlash.run(redirect, "/plans/tasks/" + taskId, "plan.flash.confirmed", () -> {
            progress.confirm(id);
            return 0L;
        });
    }

    @PostMapping("/plans/progress/{id}/return")
    String returnForCorrection(@PathVariable long id, @RequestParam long taskId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        return PlanFlash.run(redirect, "/plans/tasks/" + taskId, "plan.flash.returned", () -> {
            progress.returnForCorrection(id, reason);
            return 0L;
        });
    }

    @GetMapping("/plans/evidence/{id}")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        EvidenceDownloads.File f = evidence.open(id).orElseThrow(PageNotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }
}
