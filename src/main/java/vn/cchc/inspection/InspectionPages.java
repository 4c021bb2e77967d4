package vn.cchc.inspection;

import vn.cchc.page.Attachment;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import vn.cchc.document.OfficialDocx;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.FollowUpPlans;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskRow;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inspection screens: the list (the standing agency's all, a unit's own), the form the standing agency records an
 * inspection with, and the record with its recommendations and their follow-up tasks as they stand today. The
 * form only carries what the officer typed to {@link Inspections}; its rules and messages are the service's.
 */
@Controller
class InspectionPages {

    private final InspectionRecords records;
    private final InspectionPlanRecords planRecords;
    private final Inspections inspections;
    private final InspectionNotices notices;
    private final InspectionForms forms;
    private final Plans plans;
    private final UnitPicks picks;
    private final UnitAccess access;
    private final MessageSource messages;

    InspectionPages(InspectionRecords records, InspectionPlanRecords planRecords, Inspections inspections, InspectionNotices notices, InspectionForms forms,
                    Plans plans, UnitPicks picks, UnitAccess access, MessageSource messages) {
        this.records = records;
        this.planRecords = planRecords;
        this.inspections = inspections;
        this.notices = notices;
        this.forms = forms;
        this.plans = plans;
        this.picks = picks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/inspections")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        boolean standing = access.isStandingAgency();
        Long unitId = standing ? null : CurrentUser.require().unitId();
        model.addAttribute("rows", records.list(unitId, year, PageRequest.of(page, size)));
        model.addAttribute("year", year);
        model.addAttribute("standing", standing);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("inspection.list.title"), "/inspections")));
        return "inspection/list";
    }

    @GetMapping("/inspections/plans")
    String plans(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                 @RequestParam(required = false) Integer size, Model model) {
        requireStandingAgency();
        model.addAttribute("rows", planRecords.list(year, PageRequest.of(page, size)));
        model.addAttribute("year", year);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("inspection.list.title"), "/inspections"),
                new Crumb(text("inspection.plans.title"), "/inspections/plans")));
        return "inspection/plans";
    }

    @GetMapping("/inspections/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        requireStandingAgency();
        InspectionPlanRecords.Plan plan = planRecords.find(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("plan", plan);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("inspection.list.title"), "/inspections"),
                new Crumb(text("inspection.plans.title"), "/inspections/plans"),
                new Crumb(plan.title(), "/inspections/plans/" + id)));
        return "inspection/plan";
    }

    @GetMapping("/inspections/new")
    String form(Model model) {
        requireStandingAgency();
        return form(model, Map.of(), List.of());
    }

    @PostMapping("/inspections/new")
    String record(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        requireStandingAgency();
        InspectionForms.Parsed parsed = forms.inspection(params);
        if (!parsed.problems().isEmpty()) {
            return form(model, params.toSingleValueMap(), parsed.problems());
        }
        try {
            Conclusions.Recorded r = inspections.record(parsed.form());
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, r.created() ? "inspection.recorded" : "inspection.recordedBefore");
            return "redirect:/inspections/" + r.id();
        } catch (InspectionRejected e) {
            return form(model, params.toSingleValueMap(), e.problems());
        }
    }

    private String form(Model model, Map<String, String> typed, List<String> problems) {
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("problems", problems);
        model.addAttribute("plansToPick", records.planOptions());
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("areas", FollowUpPlans.reformAreas());
        model.addAttribute("chosenUnits", picks.chosen(typed));
        model.addAttribute("findingRows", InspectionForms.ROWS);
        model.addAttribute("recommendationRows", InspectionForms.ROWS);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("inspection.list.title"), "/inspections"),
                new Crumb(text("inspection.form.title"), "/inspections/new")));
        return "inspection/form";
    }

    @GetMapping("/inspections/{id}")
    String show(@PathVariable long id, Model model) {
        InspectionRecords.Record r = readable(id);
        Map<Long, TaskRow> tasks = new LinkedHashMap<>();
        // a record has a handful of recommendations: one read each is bounded by the notice, not by the province
        r.recommendations().forEach(rec -> plans.task(rec.taskId()).ifPresent(t -> tasks.put(rec.taskId(), t)));
        model.addAttribute("record", r);
        model.addAttribute("tasks", tasks);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("inspection.list.title"), "/inspections"),
                new Crumb(r.noticeNumber(), "/inspections/" + id)));
        return "inspection/show";
    }

    @GetMapping("/inspections/{id}/notice.docx")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        readable(id);
        return notices.docx(id).map(b -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("thong-bao-ket-luan-" + id, "docx").header())
                        .contentType(MediaType.parseMediaType(OfficialDocx.CONTENT_TYPE)).body(b))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private InspectionRecords.Record readable(long id) {
        InspectionRecords.Record r = records.find(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        if (!access.isStandingAgency() && !inspections.concerns(id, access)) {
            throw new AccessDeniedException("Không có quyền xem kết quả kiểm tra này.");
        }
        return r;
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực ghi nhận kết quả kiểm tra.");
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
