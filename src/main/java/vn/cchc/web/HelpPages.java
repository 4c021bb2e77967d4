package vn.cchc.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.cchc.page.Crumb;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * "Hướng dẫn": one page per role with the steps of its work and the rules its input must follow (messages/help),
 * reached from the header's link, which opens the page of the reader's first role. Every role's page is readable by
 * every signed-in user: a leader may want to know what an officer is asked.
 */
@Controller
class HelpPages {

    private static final int MAX_LINES = 30;

    private final MessageSource messages;

    HelpPages(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/help")
    String mine() {
        Role first = Arrays.stream(Role.values()).filter(r -> CurrentUser.get().map(u -> u.has(r)).orElse(false))
                .findFirst().orElse(Role.VIEWER);
        return "redirect:/help/" + first.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @GetMapping("/help/{role}")
    String role(@PathVariable String role, Model model) {
        Role shown = Arrays.stream(Role.values())
                .filter(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(role)).findFirst()
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("role", shown);
        model.addAttribute("roles", Role.values());
        model.addAttribute("steps", lines(shown, "step"));
        model.addAttribute("rules", lines(shown, "rule"));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("help.title"), "/help"),
                new Crumb(text("help.role." + shown.name()), "/help/" + role)));
        return "help/role";
    }

    /** help.<ROLE>.<kind>.1, .2 … as far as the bundle goes. */
    private List<String> lines(Role role, String kind) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= MAX_LINES; i++) {
            String line = messages.getMessage("help." + role.name() + "." + kind + "." + i, null, null,
                    LocaleContextHolder.getLocale());
            if (line == null) {
                break;
            }
            lines.add(line);
        }
        return lines;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
