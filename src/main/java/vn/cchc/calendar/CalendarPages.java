package vn.cchc.calendar;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.security.CurrentUser;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The working-day calendar of a year: everyone signed in reads it, the administrator edits it. */
@Controller
@RequestMapping("/calendar")
class CalendarPages {

    private final CalendarYears years;
    private final CalendarAdministration administration;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPages(CalendarYears years, CalendarAdministration administration, MessageSource messages, Clock clock) {
        this.years = years;
        this.administration = administration;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String thisYear() {
        return "redirect:/calendar/" + LocalDate.now(clock).getYear();
    }

    @GetMapping("/{year}")
    String year(@PathVariable int year, Model model) {
        if (year < 2000 || year > 2100) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        model.addAttribute("view", years.view(year));
        model.addAttribute("kinds", DayKind.values());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("calendar.title"), "/calendar"),
                new Crumb(text("calendar.year", year), "/calendar/" + year)));
        return "calendar/year";
    }

    @PostMapping("/{year}/create")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@PathVariable int year, @RequestParam(name = "date", required = false) List<String> dates,
                  @RequestParam(name = "kind", required = false) List<String> kinds,
                  @RequestParam(name = "reason", required = false) List<String> reasons,
                  @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(required = false) String source, RedirectAttributes redirect) {
        List<DayRow> rows = rows(dates, kinds, reasons);
        return FlashRedirect.run(redirect, "/calendar/" + year, "calendar.saved", CalendarRejected.class,
                (e, r) -> r.addFlashAttribute("calendarProblems", texts(e)),
                () -> administration.createYear(year, rows, confirmed, source, CurrentUser.require().username()));
    }

    @PostMapping("/{year}/days")
    @PreAuthorize("hasRole('ADMIN')")
    String add(@PathVariable int year, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, @RequestParam(required = false) String kind,
               @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
               @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return FlashRedirect.run(redirect, "/calendar/" + year, "calendar.added", CalendarRejected.class,
                (e, r) -> r.addFlashAttribute("calendarProblems", texts(e)),
                () -> administration.add(year, from, to, kind, reason, confirmed, source));
    }

    @PostMapping("/days/{day}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable LocalDate day, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(required = false) String source, RedirectAttributes redirect) {
        return FlashRedirect.run(redirect, "/calendar/" + day.getYear(), "calendar.updated", CalendarRejected.class,
                (e, r) -> r.addFlashAttribute("calendarProblems", texts(e)),
                () -> administration.update(day, kind, reason, confirmed, source));
    }

    @PostMapping("/days/{day}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable LocalDate day, RedirectAttributes redirect) {
        return FlashRedirect.run(redirect, "/calendar/" + day.getYear(), "calendar.deleted", CalendarRejected.class,
                (e, r) -> r.addFlashAttribute("calendarProblems", texts(e)),
                () -> administration.delete(day));
    }

    /** The submitted rows, without the blank ones the form offers for additions. */
    private static List<DayRow> rows(List<String> dates, List<String> kinds, List<String> reasons) {
        List<DayRow> rows = new ArrayList<>();
        int n = Math.max(size(dates), Math.max(size(kinds), size(reasons)));
        for (int i = 0; i < n; i++) {
            String date = at(dates, i);
            String reason = at(reasons, i);
            if (date.isBlank() && reason.isBlank()) {
                continue;
            }
            rows.add(new DayRow(date, at(kinds, i), reason));
        }
        return rows;
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private List<String> texts(CalendarRejected e) {
        return e.problems().stream().map(p -> text(p.key(), p.args().toArray())).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
