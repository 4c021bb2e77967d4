package vn.cchc.reformreport;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A unit's reform report (draft, edit, submit; return and accept), its late-submission windows and attachments, and the board. */
@Controller
class ReformReportPages {

    private final ReportSubmissions submissions;
    private final ReportPeriods periods;
    private final LateWindows windows;
    private final ReportAttachments attachments;
    private final ReformReports reports;
    private final ReportingRates rates;
    private final ProvinceReportDocument documents;
    private final Directory directory;
    private final UnitAccess access;
    private final ReformReportText text;

    ReformReportPages(ReportSubmissions submissions, ReportPeriods periods, LateWindows windows, ReportAttachments attachments,
                      ReformReports reports, ReportingRates rates, ProvinceReportDocument documents, Directory directory,
                      UnitAccess access, ReformReportText text) {
        this.submissions = submissions;
        this.periods = periods;
        this.windows = windows;
        this.attachments = attachments;
        this.reports = reports;
        this.rates = rates;
        this.documents = documents;
        this.directory = directory;
        this.access = access;
        this.text = text;
    }

    @GetMapping("/reform-reports")
    String index() {
        return "redirect:/reform-reports/board?period=" + periods.current().key();
    }

    @GetMapping("/reform-reports/my")
    String mine() {
        CchcUser user = CurrentUser.require();
        return "redirect:/reform-reports/" + user.unitCode() + "/" + periods.current().key();
    }

    @GetMapping("/reform-reports/board")
    String board(@RequestParam(required = false) String period, @RequestParam(required = false) Integer page, Model model) {
        ReportPeriod p = period == null || period.isBlank() ? periods.current() : periods.resolve(period);
        Page<ReportingRates.Line> lines = rates.lines(p, PageRequest.of(page, null));
        model.addAttribute("period", p);
        model.addAttribute("periodLabel", documents.periodLabel(p));
        model.addAttribute("counts", rates.counts(p));
        model.addAttribute("lines", lines);
        model.addAttribute("periods", periods.choices());
        model.addAttribute("labels", documents);
        model.addAttribute("isStandingAgency", access.isStandingAgency());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text.get("reformreport.board.title"), "/reform-reports/board")));
        return "reformreport/board";
    }

    @GetMapping("/reform-reports/{unitCode}/{periodKey}")
    String report(@PathVariable String unitCode, @PathVariable String periodKey, Model model) {
        UnitRef unit = unit(unitCode);
        ReportPeriod period = periods.resolve(periodKey);
        return show(submissions.view(unit, period), model, null, null);
    }

    private String show(ReportView view, Model model, Map<String, String> posted, String error) {
        model.addAttribute("r", view);
        model.addAttribute("periodLabel", documents.periodLabel(view.period()));
        model.addAttribute("posted", posted);
        model.addAttribute("error", error);
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(text.get("reformreport.board.title"), "/reform-reports/board?period=" + view.period().key()),
                new Crumb(view.unit().name(), "/reform-reports/" + view.unit().code() + "/" + view.period().key())));
        return "reformreport/report";
    }

    @PostMapping("/reform-reports/{unitCode}/{periodKey}")
    String save(@PathVariable String unitCode, @PathVariable String periodKey, @RequestParam Map<String, String> form,
                Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UnitRef unit = unit(unitCode);
        ReportPeriod period = periods.resolve(periodKey);
        if (!access.canChange(unit.id())) {
            throw new AccessDeniedException("reformreport.error.notYourUnit");
        }
        boolean submit = "submit".equals(form.get("action"));
        Map<String, String> sections = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        Map<String, String> explanations = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("section_")) {
                sections.put(k.substring("section_".length()), v);
            } else if (k.startsWith("typed_")) {
                typed.put(k.substring("typed_".length()), v);
            } else if (k.startsWith("explain_")) {
                explanations.put(k.substring("explain_".length()), v);
            }
        });
        int version;
        try {
            version = Integer.parseInt(form.getOrDefault("version", "0"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        try {
            submissions.save(unit, period, new ReportSubmissions.Edit(version, sections, typed, explanations), submit);
        } catch (ReformReportRefused e) {
            // Shown again with what the officer typed, so a refused save loses nothing.
            response.setStatus(e.key().startsWith("reformreport.error.stale") ? 409 : 422);
            return show(submissions.view(unit, period), model, form, text.of(e));
        }
        redirect.addFlashAttribute(FlashRedirect.SUCCESS, submit ? "reformreport.flash.submitted" : "reformreport.flash.saved");
        return "redirect:" + path(unit, period);
    }

    @PostMapping("/reform-reports/{unitCode}/{periodKey}/accept")
    String accept(@PathVariable String unitCode, @PathVariable String periodKey, RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        ReportPeriod period = periods.resolve(periodKey);
        return run(redirect, path(unit, period), "reformreport.flash.accepted", () -> submissions.accept(unit, period));
    }

    @PostMapping("/reform-reports/{unitCode}/{periodKey}/return")
    String returnReport(@PathVariable String unitCode, @PathVariable String periodKey, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        ReportPeriod period = periods.resolve(periodKey);
        return run(redirect, path(unit, period), "reformreport.flash.returned",
                () -> submissions.returnForCorrection(unit, period, reason));
    }

    @PostMapping("/reform-reports/{unitCode}/{periodKey}/window")
    String requestWindow(@PathVariable String unitCode, @PathVariable String periodKey, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        ReportPeriod period = periods.resolve(periodKey);
        return run(redirect, path(unit, period), "reformreport.flash.windowRequested", () -> windows.request(unit, period, reason));
    }

    @PostMapping("/reform-reports/{unitCode}/{periodKey}/windows/{id}")
    String decideWindow(@PathVariable String unitCode, @PathVariable String periodKey, @PathVariable long id,
                        @RequestParam(required = false) String decision, @RequestParam(required = false) LocalDate until,
                        RedirectAttributes redirect) {
        UnitRef unit = unit(unitCode);
        ReportPeriod period = periods.resolve(periodKey);
        boolean grant = "grant".equals(decision);
        return run(redirect, path(unit, period), grant ? "reformreport.flash.windowGranted" : "reformreport.flash.windowRefused",
                () -> windows.decide(id, grant, until));
    }

    @PostMapping("/reform-reports/{unitCode}/{periodKey}/attachments")
    String attach(@PathVariable String unitCode, @PathVariable String periodKey, @RequestParam("file") MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        UnitRef unit = unit(unitCode);
        ReportPeriod period = periods.resolve(periodKey);
        if (!access.canChange(unit.id())) {
            throw new AccessDeniedException("reformreport.error.notYourUnit");
        }
        byte[] bytes = file.getBytes();
        return run(redirect, path(unit, period), "reformreport.flash.attached", () -> attachments.attach(unit,
                reports.find(unit.id(), period.key()).orElseThrow(() -> new ReformReportRefused("reformreport.error.saveFirst")),
                file.getOriginalFilename(), bytes));
    }

    @GetMapping("/reform-reports/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        ReportAttachments.Content c = attachments.content(id)
                .orElseThrow(() -> new AccessDeniedException("reformreport.error.noAttachment"));
        if (!access.canReadUnsubmitted(c.unitId())) {
            throw new AccessDeniedException("reformreport.error.draftPrivate");
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.filename(), StandardCharsets.UTF_8).build().toString())
                .body(c.bytes());
    }

    private String run(RedirectAttributes redirect, String target, String success, Runnable write) {
        return FlashRedirect.run(redirect, target, success, ReformReportRefused.class,
                (e, r) -> r.addFlashAttribute("flashErrorText", text.of(e)), write);
    }

    static String path(UnitRef unit, ReportPeriod period) {
        return "/reform-reports/" + unit.code() + "/" + period.key();
    }

    private UnitRef unit(String code) {
        return directory.findByCode(code).orElseThrow(() -> new ReformReportRefused("reformreport.error.noUnit", code));
    }
}
