package vn.cchc.propaganda;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An outlet's own screen, for its account (role OUTLET): what appeared in it (the units' outputs published through it
 * and its own), a page at a time, and the form to log an output it ran for a content of an orientation of the year,
 * picked plan first. Nobody else's list: an account of another outlet, or of no outlet, is refused. The
 * administrator links accounts to an outlet on the outlet's page.
 */
@Controller
class OutletPages {

    private final OutletAccounts accounts;
    private final PropagandaOutputs outputs;
    private final PropagandaTallies tallies;
    private final Plans plans;
    private final Clock clock;

    OutletPages(OutletAccounts accounts, PropagandaOutputs outputs, PropagandaTallies tallies, Plans plans,
                Clock clock) {
        this.accounts = accounts;
        this.outputs = outputs;
        this.tallies = tallies;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/propaganda/outlet")
    String own(@RequestParam(required = false) Long plan, @RequestParam(required = false) Integer page,
               @RequestParam(required = false) Integer size, Model model) {
        return show(own(), plan, PageRequest.of(page, size), model, Map.of(), List.of());
    }

    @PostMapping("/propaganda/outlet")
    String log(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long content,
               @RequestParam(required = false) OutputKind kind, @RequestParam(required = false) String count,
               @RequestParam(required = false) String publishedOn, @RequestParam(required = false) String title,
               @RequestParam(required = false) String link, Model model, RedirectAttributes redirect) {
        PropagandaTallies.Outlet outlet = own();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("content", content == null ? "" : content.toString());
        typed.put("kind", kind == null ? "" : kind.name());
        typed.put("count", count);
        typed.put("publishedOn", publishedOn);
        typed.put("title", title);
        typed.put("link", link);
        LocalDate day = null;
        try {
            day = VietnameseDates.parse(publishedOn);
        } catch (NotVietnameseDate e) {
            return show(outlet, plan, PageRequest.first(), model, typed, List.of("Ngày đăng, phát: \"" + publishedOn.strip()
                    + "\" không phải ngày (viết như 10/02/2025)."));
        }
        try {
            PropagandaOutputs.Logged logged = outputs.logForOutlet(outlet.code(),
                    new PropagandaOutputs.OutputForm(null, content, kind, count, day, outlet.code(), title, link));
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, logged.created() ? "propaganda.logged" : "propaganda.loggedBefore");
            return "redirect:/propaganda/outlet" + (plan == null ? "" : "?plan=" + plan);
        } catch (OutputRejected e) {
            return show(outlet, plan, PageRequest.first(), model, typed, e.problems());
        }
    }

    @PostMapping("/propaganda/outlets/{code}/accounts")
    String link(@PathVariable String code, @RequestParam(required = false) String username, RedirectAttributes redirect) {
        try {
            boolean linked = accounts.link(code, username);
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, linked ? "propaganda.outlet.linked" : "propaganda.outlet.linkedBefore");
        } catch (OutputRejected e) {
            redirect.addFlashAttribute("flashErrorText", String.join(" ", e.problems()));
        }
        return "redirect:/propaganda/outlets/" + code;
    }

    private PropagandaTallies.Outlet own() {
        return accounts.ofCurrentUser().orElseThrow(() -> new AccessDeniedException(
                "Chỉ tài khoản của một cơ quan báo chí xem được trang này."));
    }

    private String show(PropagandaTallies.Outlet outlet, Long plan, PageRequest page, Model model, Map<String, String> typed,
                        List<String> problems) {
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("outlet", outlet);
        model.addAttribute("rows", tallies.outlet(outlet.code(), page));
        model.addAttribute("orientations", plans.plans(year));
        model.addAttribute("plan", plan);
        // one plan's contents at a time: a plan has tens of tasks, the year's plans together hundreds
        model.addAttribute("contents", plan == null ? List.of() : plans.tasks(TaskFilter.ofPlan(plan)));
        model.addAttribute("kinds", OutputKind.values());
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("problems", new ArrayList<>(problems));
        model.addAttribute("breadcrumbs", List.of(new Crumb(outlet.name(), "/propaganda/outlet")));
        return "propaganda/own-outlet";
    }
}
