package vn.cchc.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.Crumb;

/** A user's own account: who they are, which unit, and changing their password. */
@Controller
class AccountPages {

    private final UserAdministration administration;
    private final MessageSource messages;

    AccountPages(UserAdministration administration, MessageSource messages) {
        this.messages = messages;
        this.administration = administration;
    }

    @GetMapping("/account")
    String account(Model model, HttpSession session) {
        model.addAttribute("mustChangePassword", session.getAttribute(ForcedPasswordChange.SESSION_FLAG) != null);
        model.addAttribute("account", administration.find(CurrentUser.require().id()).orElseThrow());
        model.addAttribute("breadcrumbs", java.util.List.of(new Crumb(
                messages.getMessage("account.title", null, LocaleContextHolder.getLocale()), "/account")));
        return "security/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String replacement,
                          @RequestParam String confirmation, RedirectAttributes redirect, HttpSession session) {
        if (!replacement.equals(confirmation)) {
            redirect.addFlashAttribute("flashError", "user.password.mismatch");
            return "redirect:/account";
        }
        try {
            administration.changeOwnPassword(current, replacement);
            ForcedPasswordChange.satisfied(session);
            redirect.addFlashAttribute("flashSuccess", "user.password.changed");
        } catch (UserAdministrationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/account";
    }
}
