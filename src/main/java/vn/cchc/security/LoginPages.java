package vn.cchc.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPages {

    private final boolean singleSignOn;

    LoginPages(ObjectProvider<SingleSignOn> singleSignOn) {
        this.singleSignOn = singleSignOn.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("singleSignOn", singleSignOn);
        model.addAttribute("singleSignOnPath", "/oauth2/authorization/" + ProvinceIdentityProvider.REGISTRATION_ID);
        return CurrentUser.get().isPresent() ? "redirect:/" : "security/login";
    }
}
