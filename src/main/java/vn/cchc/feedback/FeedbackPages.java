package vn.cchc.feedback;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.page.Attachment;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.PageRequest;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The officers' feedback screens: the list (every case for the standing agency, the unit's own cases for a unit),
 * a case with the step its reader may take, its files, and the time limits. Contact details are shown only to the
 * standing agency and to the assigned unit; every step is {@link FeedbackHandling}'s, which checks role and unit.
 */
@Controller
class FeedbackPages {

    private final Feedbacks cases;
    private final FeedbackHandling handling;
    private final FeedbackTimeLimits limits;
    private final FeedbackFigures figures;
    private final UnitAccess access;
    private final Directory directory;
    private final Clock clock;

    FeedbackPages(Feedbacks cases, FeedbackHandling handling, FeedbackTimeLimits limits, FeedbackFigures figures,
                  UnitAccess access, Directory directory, Clock clock) {
        this.figures = figures;
        this.cases = cases;
        this.handling = handling;
        this.limits = limits;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/feedback")
    String list(@RequestParam(required = false) FeedbackStatus status, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) Integer size, Model model) {
        Long unit = access.isStandingAgency() ? null : CurrentUser.require().unitId();
        model.addAttribute("standing", unit == null);
        model.addAttribute("status", status);
        model.addAttribute("counts", cases.counts(unit));
        model.addAttribute("rows", cases.list(status, unit, PageRequest.of(page, size)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", List.of(new Crumb("Phản ánh, kiến nghị", "/feedback")));
        return "feedback/list";
    }

    @GetMapping("/feedback/{code}")
    String view(@PathVariable String code, Model model) {
        FeedbackCase c = readable(code);
        CchcUser me = CurrentUser.require();
        boolean standing = access.isStandingAgency();
        boolean ownUnit = c.unitId() != null && c.unitId() == me.unitId() && access.canChange(c.unitId());
        model.addAttribute("c", c);
        model.addAttribute("standing", standing);
        model.addAttribute("ownUnit", ownUnit);
        model.addAttribute("late", c.late(LocalDate.now(clock)));
        model.addAttribute("mayPublish", standing && !me.username().equals(c.answeredBy()));
        model.addAttribute("steps", cases.steps(c.id()));
        model.addAttribute("files", cases.files(c.id()));
        model.addAttribute("fields", handling.fields());
        model.addAttribute("suggestedCode", c.suggestedUnitId() == null ? ""
                : directory.findById(c.suggestedUnitId()).map(u -> u.code()).orElse(""));
        model.addAttribute("breadcrumbs", List.of(new Crumb("Phản ánh, kiến nghị", "/feedback"),
                new Crumb(c.code(), "/feedback/" + c.code())));
        return "feedback/case";
    }

    @GetMapping("/feedback/{code}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId) {
        FeedbackCase c = readable(code);
        Feedbacks.StoredFile f = cases.file(c.id(), fileId).orElseThrow(FeedbackPages::notFound);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, f.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(f.filename()).header()).body(f.content());
    }

    @PostMapping("/feedback/{code}/accept")
    String accept(@PathVariable String code, @RequestParam(required = false) String field, RedirectAttributes redirect) {
        return step(code, redirect, "feedback.done.accepted", () -> handling.accept(code, field));
    }

    @PostMapping("/feedback/{code}/refuse")
    String refuse(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(code, redirect, "feedback.done.refused", () -> handling.refuse(code, reason));
    }

    @PostMapping("/feedback/{code}/assign")
    String assign(@PathVariable String code, @RequestParam(required = false) String unit, RedirectAttributes redirect) {
        return step(code, redirect, "feedback.done.assigned", () -> handling.assign(code, unit));
    }

    @PostMapping("/feedback/{code}/ask")
    String ask(@PathVariable String code, @RequestParam(required = false) String question, RedirectAttributes redirect) {
        return step(code, redirect, "feedback.done.asked", () -> handling.ask(code, question));
    }

    @PostMapping("/feedback/{code}/answer")
    String answer(@PathVariable String code, @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        return step(code, redirect, "feedback.done.answered", () -> handling.answer(code, answer));
    }

    @PostMapping("/feedback/{code}/return")
    String returnAnswer(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(code, redirect, "feedback.done.returned", () -> handling.returnAnswer(code, reason));
    }

    @PostMapping("/feedback/{code}/publish")
    String publish(@PathVariable String code, RedirectAttributes redirect) {
        return step(code, redirect, "feedback.done.published", () -> handling.publish(code));
    }

    /** The standing agency's figures of a window (this year by default): by assigned unit and by field. */
    @GetMapping("/feedback/statistics")
    String statistics(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                      Model model) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực xem số liệu phản ánh của mọi đơn vị.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start) || start.plusYears(5).isBefore(end)) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Khoảng thời gian không hợp lệ: từ ngày phải trước đến ngày, tối đa 5 năm.");
        }
        java.util.Map<Long, FeedbackFigures.Counts> byUnit = figures.byUnit(start, end);
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        directory.findAllById(byUnit.keySet()).forEach(u -> names.put(u.id(), u.name()));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("byUnit", byUnit.entrySet().stream()
                .map(e -> new FeedbackFigures.FieldCounts(names.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(FeedbackFigures.FieldCounts::fieldName, vn.cchc.vietnamese.VietnameseOrder.texts()))
                .toList());
        model.addAttribute("byField", figures.byField(start, end));
        model.addAttribute("breadcrumbs", List.of(new Crumb("Phản ánh, kiến nghị", "/feedback"),
                new Crumb("Số liệu", "/feedback/statistics")));
        return "feedback/statistics";
    }

    @GetMapping("/feedback/limits")
    String limits(Model model) {
        model.addAttribute("limits", limits.all());
        model.addAttribute("standing", access.isStandingAgency());
        model.addAttribute("breadcrumbs", List.of(new Crumb("Phản ánh, kiến nghị", "/feedback"),
                new Crumb("Thời hạn xử lý", "/feedback/limits")));
        return "feedback/limits";
    }

    @PostMapping("/feedback/limits/{limit}")
    String setLimit(@PathVariable String limit, @RequestParam(required = false) String days, RedirectAttributes redirect) {
        return FlashRedirect.run(redirect, "/feedback/limits", "feedback.done.limit", FeedbackRejected.class,
                (e, r) -> r.addFlashAttribute("flashErrorText", e.getMessage()), () -> limits.set(limit, days));
    }

    private String step(String code, RedirectAttributes redirect, String done, Runnable write) {
        return FlashRedirect.run(redirect, "/feedback/" + code, done, FeedbackRejected.class,
                (e, r) -> r.addFlashAttribute("flashErrorText", e.getMessage()), write);
    }

    /** The standing agency, the assigned unit, or a leader who follows it; anyone else gets 403. */
    private FeedbackCase readable(String code) {
        FeedbackCase c = cases.findByCode(code).orElseThrow(FeedbackPages::notFound);
        if (!access.isStandingAgency() && (c.unitId() == null || !access.canReadUnsubmitted(c.unitId()))) {
            throw new AccessDeniedException("Phản ánh " + c.code() + " không giao cho đơn vị của bạn.");
        }
        return c;
    }

    private static Attachment attachment(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot <= 0 ? new Attachment(filename, "bin") : new Attachment(filename.substring(0, dot), filename.substring(dot + 1));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
