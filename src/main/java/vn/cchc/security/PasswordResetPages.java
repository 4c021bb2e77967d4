package vn.cchc.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public screens of "Quên mật khẩu": asking for a link, and setting a new password through it. */
@Controller
class PasswordResetPages {

    private final ForgottenPasswords forgotten;

    PasswordResetPages(ForgottenPasswords forgotten) {
        this.forgotten = forgotten;
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "security/password-forgot";
    }

    /** The same answer whether or not the account exists, has an address, or has asked too often. */
    @PostMapping("/password/forgot")
    String forgot(@RequestParam(defaultValue = "") String login, HttpServletRequest request) {
        forgotten.request(login, request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr());
        return "redirect:/password/forgot?sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("username", forgotten.open(token).orElse(null));
        return "security/password-reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam String replacement,
                 @RequestParam String confirmation, Model model, RedirectAttributes redirect) {
        try {
            if (!replacement.equals(confirmation)) {
                throw new UserAdministrationException("user.password.mismatch");
            }
            forgotten.reset(token, replacement);
        } catch (UserAdministrationException e) {
            model.addAttribute("token", token);
            model.addAttribute("username", forgotten.open(token).orElse(null));
            model.addAttribute("error", e.messageKey());
            return "security/password-reset";
        }
        return "redirect:/login?reset";
    }
}
