package vn.cchc.dossier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Crumb;
import vn.cchc.vietnamese.Vietnamese;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** A dossier's history page: which upload changed what, by whom and when (the code is a parameter: it may hold '/'). */
@Controller
class DossierHistoryPages {

    private static final Locale VI = Vietnamese.LOCALE;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DossierChanges changes;
    private final Directory directory;
    private final MessageSource messages;

    DossierHistoryPages(DossierChanges changes, Directory directory, MessageSource messages) {
        this.changes = changes;
        this.directory = directory;
        this.messages = messages;
    }

    /** One column's change as the page shows it: its Vietnamese label, values in the vi-VN way. */
    record Shown(String label, String before, String after) {
    }

    record ShownChange(DossierChanges.Change change, List<Shown> fields) {
    }

    @GetMapping("/dossiers/history")
    String history(@RequestParam String code, Model model) {
        DossierChanges.History history = changes.historyFor(code);
        model.addAttribute("code", history.code());
        model.addAttribute("unit", unit(history.unitId()));
        model.addAttribute("changes", history.changes().stream().map(c -> new ShownChange(c,
                c.fields().stream().map(f -> new Shown(text("dossier.history.col." + f.column()),
                        shown(f.column(), f.before()), shown(f.column(), f.after()))).toList())).toList());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("nav.dossiers"), "/dossiers"),
                new Crumb(text("dossier.history.title", history.code()), "/dossiers/history?code=" + history.code())));
        return "dossier/history";
    }

    private String shown(String column, String value) {
        if (value == null) {
            return "";
        }
        switch (column) {
            case "unit_id" -> {
                return unit(Long.parseLong(value));
            }
            case "fee", "supplement_days" -> {
                return NumberFormat.getNumberInstance(VI).format(new BigDecimal(value));
            }
            default -> {
                if (value.equals("true") || value.equals("false")) {
                    return text(value.equals("true") ? "dossier.yes" : "dossier.no");
                }
                if (value.length() >= 16 && value.charAt(10) == 'T') {
                    try {
                        return LocalDateTime.parse(value).format(DAY_TIME);
                    } catch (DateTimeParseException e) {
                        return value;
                    }
                }
                return value;
            }
        }
    }

    private String unit(long id) {
        return directory.findById(id).map(UnitRef::name).orElse(String.valueOf(id));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
