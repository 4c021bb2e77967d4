package vn.cchc.urging;

import vn.cchc.page.Attachment;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.document.OfficialDocx;
import vn.cchc.document.OfficialPdf;
import vn.cchc.indicator.MissingReports;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.OverdueTasks;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The urging screens: picking units to urge (from the board's overdue tasks or the reporting-rate board's owed
 * reports, each with its history of urgings), issuing the letter, the letters sent (all for the standing agency, a
 * unit's own for its officers, the followed units' for a leader) and their files.
 */
@Controller
class UrgingPages {

    private final UrgingLetters urging;
    private final Letters letters;
    private final OverdueTasks overdue;
    private final MissingReports missing;
    private final Directory directory;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;

    UrgingPages(UrgingLetters urging, Letters letters, OverdueTasks overdue, MissingReports missing, Directory directory,
                UnitAccess access, MessageSource messages, Clock clock) {
        this.urging = urging;
        this.letters = letters;
        this.overdue = overdue;
        this.missing = missing;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    /** A unit the picker offers: what it owes and how often it was urged already. */
    record Candidate(long unitId, String name, long owed, long maxDaysLate, UrgingHistory history) {
    }

    @GetMapping("/urging/new")
    String pick(@RequestParam(defaultValue = "TASKS") UrgingSource source, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long planId, @RequestParam(required = false) String period,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        requireStandingAgency();
        LocalDate today = LocalDate.now(clock);
        PageRequest request = PageRequest.of(page, size);
        List<Candidate> rows = new ArrayList<>();
        boolean hasNext;
        if (source == UrgingSource.TASKS) {
            Page<OverdueTasks.UnitOverdue> units = overdue.units(new OverdueTasks.Scope(year, planId), null, today, request);
            var history = letters.history(units.items().stream().map(OverdueTasks.UnitOverdue::unitId).toList());
            units.items().forEach(u -> rows.add(new Candidate(u.unitId(), u.name(), u.tasks(), u.maxDaysLate(),
                    history.get(u.unitId()))));
            hasNext = units.hasNext();
        } else {
            if (!missing.isPeriod(period)) {
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, text("urging.refused.period", period));
            }
            List<MissingReports.Missing> all = missing.of(period);
            List<MissingReports.Missing> shown = all.subList(Math.min(request.offset(), all.size()),
                    Math.min(request.offset() + request.size(), all.size()));
            var history = letters.history(shown.stream().map(m -> m.unit().id()).toList());
            shown.forEach(m -> rows.add(new Candidate(m.unit().id(), m.unit().name(), 1,
                    Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(m.dueOn(), today)), history.get(m.unit().id()))));
            hasNext = all.size() > request.offset() + request.size();
            model.addAttribute("periodLabel", all.isEmpty() ? period : all.get(0).periodLabel());
        }
        model.addAttribute("source", source);
        model.addAttribute("year", year);
        model.addAttribute("planId", planId);
        model.addAttribute("period", period);
        model.addAttribute("rows", rows);
        model.addAttribute("pageNumber", request.page());
        model.addAttribute("nextUrl", hasNext ? pickUrl(source, year, planId, period, request.page() + 1) : null);
        model.addAttribute("previousUrl", request.page() > 1 ? pickUrl(source, year, planId, period, request.page() - 1) : null);
        // a new key per rendering of the form: submitting this form twice (a double click) issues one letter
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("urging.letters.title"), "/urging/letters"),
                new Crumb(text("urging.new.title"), "/urging/new")));
        return "urging/new";
    }

    @PostMapping("/urging/letters")
    String issue(@RequestParam(required = false) String key, @RequestParam(defaultValue = "TASKS") UrgingSource source,
                 @RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                 @RequestParam(required = false) String period, @RequestParam(required = false) List<Long> unitIds,
                 @RequestParam(defaultValue = "false") boolean allFiltered, RedirectAttributes redirect) {
        try {
            UrgingLetters.Issued issued = urging.issue(new UrgingLetters.Request(key, source, year, planId, period,
                    unitIds == null ? List.of() : unitIds, allFiltered));
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, issued.created() ? "urging.issued" : "urging.issuedAlready");
            return "redirect:/urging/letters/" + issued.letterId();
        } catch (UrgingRefused e) {
            redirect.addFlashAttribute("flashErrorText", messages.getMessage(e, LocaleContextHolder.getLocale()));
            return "redirect:" + pickUrl(source, year, planId, period, 1);
        }
    }

    @GetMapping("/urging/letters")
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("letters", letters.page(access.isStandingAgency() ? null : visibleUnits(), PageRequest.of(page, size)));
        model.addAttribute("standing", access.isStandingAgency());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("urging.letters.title"), "/urging/letters")));
        return "urging/letters";
    }

    @GetMapping("/urging/letters/{id}")
    String letter(@PathVariable long id, Model model) {
        Letters.Letter letter = letters.find(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        requireReadable(letter.units().stream().map(Listing.UnitPart::unitId).toList());
        model.addAttribute("letter", letter);
        model.addAttribute("history", letters.history(letter.units().stream().map(Listing.UnitPart::unitId).toList()));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("urging.letters.title"), "/urging/letters"),
                new Crumb(letter.number(), "/urging/letters/" + id)));
        return "urging/letter";
    }

    @GetMapping("/urging/letters/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return download(id, false, OfficialDocx.CONTENT_TYPE, "docx");
    }

    @GetMapping("/urging/letters/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return download(id, true, OfficialPdf.CONTENT_TYPE, "pdf");
    }

    private ResponseEntity<byte[]> download(long id, boolean pdf, String contentType, String extension) {
        requireReadable(letters.unitsOf(id));
        byte[] bytes = letters.file(id, pdf).orElseThrow(() ->
                new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
                return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("cong-van-don-doc-" + id, extension).header()).body(bytes);
    }

    /** The standing agency reads every letter; anyone else only letters sent to their own unit or a unit they follow. */
    private void requireReadable(List<Long> letterUnits) {
        if (letterUnits.isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        if (access.isStandingAgency()) {
            return;
        }
        Set<Long> mine = visibleUnits();
        if (letterUnits.stream().noneMatch(mine::contains)) {
            throw new AccessDeniedException("Công văn này không gửi đơn vị của bạn.");
        }
    }

    private Set<Long> visibleUnits() {
        CchcUser user = CurrentUser.require();
        Set<Long> units = new LinkedHashSet<>();
        units.add(user.unitId());
        directory.followedBy(user.username()).stream().map(UnitRef::id).forEach(units::add);
        return units;
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực được ban hành công văn đôn đốc.");
        }
    }

    private static String pickUrl(UrgingSource source, Integer year, Long planId, String period, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/urging/new").queryParam("source", source);
        if (year != null) {
            b.queryParam("year", year);
        }
        if (planId != null) {
            b.queryParam("planId", planId);
        }
        if (period != null && !period.isBlank()) {
            b.queryParam("period", period);
        }
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.build().encode().toUriString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
