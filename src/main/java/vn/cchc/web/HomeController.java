package vn.cchc.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.directory.Directory;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

import java.util.List;

/** The home page: what each role works on first. Each module adds its own cards as it is built. */
@Controller
class HomeController {

    private final Directory directory;

    HomeController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        CchcUser user = CurrentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        model.addAttribute("cards", HomeCard.forRoles(user.roles()));
        model.addAttribute("unitCount", directory.count());
        return "web/home";
    }

    /** A tile on the home page: a title, a sentence and a link; shown to the roles that need it. */
    record HomeCard(String titleKey, String textKey, String href, List<Role> roles) {

        static final List<HomeCard> ALL = List.of(
                new HomeCard("home.card.units", "home.card.units.text", "/units", List.of(Role.values())),
                new HomeCard("home.card.myUnit", "home.card.myUnit.text", "/units/mine",
                        List.of(Role.UNIT_OFFICER, Role.STANDING_AGENCY)),
                new HomeCard("home.card.followed", "home.card.followed.text", "/units/followed",
                        List.of(Role.LEADER)),
                new HomeCard("home.card.users", "home.card.users.text", "/admin/users", List.of(Role.ADMIN)),
                new HomeCard("home.card.audit", "home.card.audit.text", "/admin/audit", List.of(Role.ADMIN)),
                new HomeCard("home.card.unitImport", "home.card.unitImport.text", "/units/import",
                        List.of(Role.ADMIN, Role.STANDING_AGENCY)));

        static List<HomeCard> forRoles(java.util.Set<Role> roles) {
            return ALL.stream().filter(c -> c.roles().stream().anyMatch(roles::contains)).toList();
        }
    }
}
