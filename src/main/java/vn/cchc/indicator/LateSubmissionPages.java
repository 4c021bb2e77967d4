package vn.cchc.indicator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitNotFound;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Late submission: the unit officer's request (from the home page or the locked form) and the standing agency's list
 * of requests with grant and refusal. The rules are {@link LateSubmissions}'; refusals come back as flash messages.
 */
@Controller
class LateSubmissionPages {

    private final LateSubmissions late;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    LateSubmissionPages(LateSubmissions late, Directory directory, MessageSource messages, Clock clock) {
        this.late = late;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/indicators/late-requests")
    String request(@RequestParam String unitCode, @RequestParam String period, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        UnitRef unit = directory.findByCode(unitCode).orElseThrow(() -> new UnitNotFound(unitCode));
        Period p = IndicatorPages.period(period, PeriodType.QUARTER, LocalDate.now(clock));
        return FlashRedirect.run(redirect, "/indicators/reports/" + unit.code() + "/" + p.key(), "indicator.late.flash.requested",
                IndicatorException.class, this::flash, () -> late.request(unit, p, reason));
    }

    @GetMapping("/indicators/late-requests")
    @PreAuthorize("hasAnyRole('STANDING_AGENCY', 'ADMIN')")
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("requests", late.waiting(PageRequest.of(page, size)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("nav.indicators"), "/indicators"),
                new Crumb(text("indicator.late.title"), "/indicators/late-requests")));
        return "indicator/late-requests";
    }

    @PostMapping("/indicators/late-requests/{id}/grant")
    String grant(@PathVariable long id, @RequestParam(required = false) LocalDate openUntil,
                 @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return FlashRedirect.run(redirect, "/indicators/late-requests", "indicator.late.flash.granted",
                IndicatorException.class, this::flash, () -> late.grant(id, openUntil, note));
    }

    @PostMapping("/indicators/late-requests/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return FlashRedirect.run(redirect, "/indicators/late-requests", "indicator.late.flash.refused",
                IndicatorException.class, this::flash, () -> late.refuse(id, reason));
    }

    /** A refusal as the layout shows it: its key, or its text when the message has arguments. */
    private void flash(IndicatorException e, RedirectAttributes redirect) {
        if (e.args().length == 0) {
            redirect.addFlashAttribute("flashError", e.key());
        } else {
            redirect.addFlashAttribute("flashErrorText", messages.getMessage(e.key(), e.args(), LocaleContextHolder.getLocale()));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
