package vn.cchc.inspection;

import vn.cchc.page.Attachment;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.document.OfficialDocx;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.FollowUpPlans;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskRow;
import vn.cchc.security.UnitAccess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The steering-committee meeting screens, the standing agency's (the committee's secretariat): the list, the record
 * form, a meeting with its conclusions and their follow-up tasks, and the notice. The rules are {@link Meetings}'.
 */
@Controller
class MeetingPages {

    private final MeetingRecords records;
    private final Meetings meetings;
    private final MeetingNotices notices;
    private final InspectionForms forms;
    private final Plans plans;
    private final UnitPicks picks;
    private final UnitAccess access;
    private final MessageSource messages;

    MeetingPages(MeetingRecords records, Meetings meetings, MeetingNotices notices, InspectionForms forms, Plans plans,
                 UnitPicks picks, UnitAccess access, MessageSource messages) {
        this.records = records;
        this.meetings = meetings;
        this.notices = notices;
        this.forms = forms;
        this.plans = plans;
        this.picks = picks;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        requireStandingAgency();
        model.addAttribute("rows", records.list(PageRequest.of(page, size)));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("meeting.list.title"), "/meetings")));
        return "inspection/meetings";
    }

    @GetMapping("/meetings/new")
    String form(Model model) {
        requireStandingAgency();
        return form(model, Map.of(), List.of());
    }

    @PostMapping("/meetings/new")
    String record(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        requireStandingAgency();
        InspectionForms.ParsedMeeting parsed = forms.meeting(params);
        if (!parsed.problems().isEmpty()) {
            return form(model, params.toSingleValueMap(), parsed.problems());
        }
        try {
            Conclusions.Recorded r = meetings.record(parsed.form());
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, r.created() ? "meeting.recorded" : "meeting.recordedBefore");
            return "redirect:/meetings/" + r.id();
        } catch (InspectionRejected e) {
            return form(model, params.toSingleValueMap(), e.problems());
        }
    }

    private String form(Model model, Map<String, String> typed, List<String> problems) {
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("problems", problems);
        model.addAttribute("areas", FollowUpPlans.reformAreas());
        model.addAttribute("chosenUnits", picks.chosen(typed));
        model.addAttribute("conclusionRows", InspectionForms.ROWS);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("meeting.list.title"), "/meetings"),
                new Crumb(text("meeting.form.title"), "/meetings/new")));
        return "inspection/meeting-form";
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        MeetingRecords.Meeting m = readable(id);
        Map<Long, TaskRow> tasks = new LinkedHashMap<>();
        // a meeting concludes a handful of points: one read each is bounded by the notice, not by the province
        m.conclusions().stream().filter(c -> c.taskId() != null)
                .forEach(c -> plans.task(c.taskId()).ifPresent(t -> tasks.put(c.taskId(), t)));
        model.addAttribute("meeting", m);
        model.addAttribute("tasks", tasks);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("meeting.list.title"), "/meetings"),
                new Crumb(m.noticeNumber(), "/meetings/" + id)));
        return "inspection/meeting";
    }

    @GetMapping("/meetings/{id}/notice.docx")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        readable(id);
        return notices.docx(id).map(b -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("ket-luan-cuoc-hop-" + id, "docx").header())
                        .contentType(MediaType.parseMediaType(OfficialDocx.CONTENT_TYPE)).body(b))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private MeetingRecords.Meeting readable(long id) {
        MeetingRecords.Meeting m = records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.isStandingAgency() && !meetings.concerns(id, access)) {
            throw new AccessDeniedException("Không có quyền xem kết luận cuộc họp này.");
        }
        return m;
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực ghi nhận kết luận cuộc họp Ban Chỉ đạo.");
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
