package vn.cchc.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPages {

    @GetMapping("/login")
    String login() {
        return CurrentUser.get().isPresent() ? "redirect:/" : "security/login";
    }
}
