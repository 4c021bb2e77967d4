package vn.cchc.reminder;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.directory.UnitKind;
import vn.cchc.indicator.LateSubmissions;
import vn.cchc.indicator.ReportDeadlines;
import vn.cchc.page.Crumb;
import vn.cchc.page.PageRequest;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.reminder.source.MissedSince;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the home page says is owed (loaded into it by htmx): a unit officer's missed report periods, locked ones
 * with the "request late submission" action, and the standing agency's late-submission requests and open
 * escalations; and the standing agency's escalation list.
 */
@Controller
class ReminderPages {

    private final ReportDeadlines reports;
    private final LateSubmissions late;
    private final EscalationList escalations;
    private final MessageSource messages;
    private final Clock clock;

    ReminderPages(ReportDeadlines reports, LateSubmissions late, EscalationList escalations, MessageSource messages,
                  Clock clock) {
        this.reports = reports;
        this.late = late;
        this.escalations = escalations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/reminders/home")
    String home(Model model) {
        CchcUser user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        if (user.has(Role.UNIT_OFFICER)) {
            model.addAttribute("missed", reports.missedBy(user.unitId(), MissedSince.of(today), today));
            model.addAttribute("requests", late.latestOf(user.unitId()));
            model.addAttribute("unitCode", user.unitCode());
        }
        if (user.has(Role.STANDING_AGENCY) || user.has(Role.ADMIN)) {
            model.addAttribute("waitingRequests", late.waitingCount());
            model.addAttribute("openEscalations", escalations.openCount());
        }
        return "reminder/home :: owedCards";
    }

    @GetMapping("/reminders/escalations")
    @PreAuthorize("hasAnyRole('STANDING_AGENCY', 'ADMIN')")
    String escalations(@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String unit,
                       @RequestParam(required = false) Integer page,
                       @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("lines", escalations.open(kind,
                unit == null || unit.isBlank() ? null : unit.strip(), LocalDate.now(clock), PageRequest.of(page, size)));
        model.addAttribute("kind", kind);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", List.of(UnitKind.DEPARTMENT, UnitKind.COMMUNE, UnitKind.WARD));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("reminder.escalations.title"), "/reminders/escalations")));
        return "reminder/escalations";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
