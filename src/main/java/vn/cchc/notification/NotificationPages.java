package vn.cchc.notification;

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
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;

import java.util.List;

/** The signed-in user's inbox, the bell's count and their mail settings; always the user's own, from the session. */
@Controller
@PreAuthorize("isAuthenticated()")
class NotificationPages {

    /** One step of the breadcrumb trail the layout shows. */
    record Crumb(String label, String href) {
    }

    private final Inbox inbox;
    private final Preferences preferences;
    private final MailSettings mail;
    private final MessageSource messages;

    NotificationPages(Inbox inbox, Preferences preferences, MailSettings mail, MessageSource messages) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.mail = mail;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        CchcUser me = CurrentUser.require();
        model.addAttribute("inbox", inbox.page(me.id(), page));
        model.addAttribute("unread", inbox.unread(me.id()));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("notification.title"), "/notifications")));
        return "notification/list";
    }

    /** The bell's number, fetched by htmx when a page loads. */
    @GetMapping("/notifications/bell")
    String bell(Model model) {
        model.addAttribute("unread", inbox.unread(CurrentUser.require().id()));
        return "notification/bell :: count";
    }

    /** Marks the notice read and goes to the thing it is about. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        CchcUser me = CurrentUser.require();
        return "redirect:" + inbox.open(me.id(), me.username(), id);
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        CchcUser me = CurrentUser.require();
        inbox.readAll(me.id(), me.username());
        redirect.addFlashAttribute("flashSuccess", "notification.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        CchcUser me = CurrentUser.require();
        model.addAttribute("mode", preferences.modeOf(me.id()));
        model.addAttribute("modes", MailMode.values());
        model.addAttribute("mailEnabled", mail.enabled());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("notification.title"), "/notifications"),
                new Crumb(text("notification.settings.title"), "/notifications/settings")));
        return "notification/settings";
    }

    @PostMapping("/notifications/settings")
    String saveSettings(@RequestParam MailMode mode, RedirectAttributes redirect) {
        CchcUser me = CurrentUser.require();
        preferences.set(me.id(), me.username(), mode);
        redirect.addFlashAttribute("flashSuccess", "notification.settings.saved");
        return "redirect:/notifications/settings";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
