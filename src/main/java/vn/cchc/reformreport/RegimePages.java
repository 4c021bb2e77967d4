package vn.cchc.reformreport;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;

import java.time.LocalDate;
import java.util.List;

/** The reporting regimes (the administrator edits them) and the standing agency's ad hoc requests. */
@Controller
class RegimePages {

    private final ReportingRegimes regimes;
    private final ReportPeriods periods;
    private final UnitAccess access;
    private final ReformReportText text;
    private final Directory directory;

    RegimePages(ReportingRegimes regimes, ReportPeriods periods, UnitAccess access, ReformReportText text, Directory directory) {
        this.directory = directory;
        this.regimes = regimes;
        this.periods = periods;
        this.access = access;
        this.text = text;
    }

    @GetMapping("/reform-reports/regimes")
    String page(Model model) {
        model.addAttribute("rules", regimes.all());
        model.addAttribute("isAdmin", CurrentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false));
        model.addAttribute("isStandingAgency", access.isStandingAgency());
        model.addAttribute("adHoc", periods.choices().stream().filter(ReportPeriod::adHoc).toList());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text.get("reformreport.board.title"), "/reform-reports/board"),
                new Crumb(text.get("reformreport.regimes.title"), "/reform-reports/regimes")));
        return "reformreport/regimes";
    }

    @PostMapping("/reform-reports/regimes/{regime}")
    String update(@PathVariable String regime, @RequestParam(required = false) boolean fromPreviousYear,
                  @RequestParam(required = false) String windowFrom, @RequestParam(required = false) String windowTo,
                  @RequestParam(required = false) String unitDue, @RequestParam(required = false) String provinceDue,
                  RedirectAttributes redirect) {
        if (!CurrentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false)) {
            throw new AccessDeniedException("reformreport.error.onlyAdmin");
        }
        ReportingRegime r;
        try {
            r = ReportingRegime.valueOf(regime);
        } catch (IllegalArgumentException e) {
            throw new ReformReportRefused("reformreport.error.noRegime", regime);
        }
        return FlashRedirect.run(redirect, "/reform-reports/regimes", "reformreport.flash.regimeSaved", ReformReportRefused.class,
                (e, a) -> a.addFlashAttribute("flashErrorText", text.get("reformreport.regime." + regime) + ": " + text.of(e)),
                () -> regimes.update(r, fromPreviousYear, windowFrom, windowTo, unitDue, provinceDue));
    }

    /** The target units as their codes, one per line or separated by commas; an unknown code is refused by name. */
    @PostMapping("/reform-reports/ad-hoc")
    String requestAdHoc(@RequestParam(required = false) String title, @RequestParam(required = false) LocalDate from,
                        @RequestParam(required = false) LocalDate to, @RequestParam(required = false) LocalDate unitDue,
                        @RequestParam(required = false) LocalDate provinceDue, @RequestParam(required = false) String unitCodes,
                        RedirectAttributes redirect) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("reformreport.error.onlyStandingAgency");
        }
        return FlashRedirect.run(redirect, "/reform-reports/regimes", "reformreport.flash.adHocRequested", ReformReportRefused.class,
                (e, a) -> a.addFlashAttribute("flashErrorText", text.of(e)), () -> {
                    List<Long> ids = new java.util.ArrayList<>();
                    for (String code : (unitCodes == null ? "" : unitCodes).split("[,;\\s]+")) {
                        if (!code.isBlank()) {
                            ids.add(directory.findByCode(code.strip())
                                    .orElseThrow(() -> new ReformReportRefused("reformreport.error.noUnit", code.strip())).id());
                        }
                    }
                    periods.requestAdHoc(title, from, to, unitDue, provinceDue, ids);
                });
    }
}
