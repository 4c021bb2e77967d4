package vn.cchc.propaganda;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.page.Crumb;
import vn.cchc.page.FlashRedirect;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.PlanSummary;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskRow;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The propaganda screens: the year's tally (a unit's own, or the province's for the standing agency), an orientation's
 * quarter (planned contents against what was delivered), a content with its log form and what was logged, and an
 * outlet's list. The form logs for the officer's own unit only; its rules and messages are {@link PropagandaOutputs}'.
 */
@Controller
class PropagandaPages {

    private final PropagandaOutputs outputs;
    private final PropagandaTallies tallies;
    private final Plans plans;
    private final UnitAccess access;
    private final MessageSource messages;
    private final Clock clock;
    private final OutletAccounts outletAccounts;

    PropagandaPages(PropagandaOutputs outputs, PropagandaTallies tallies, Plans plans, UnitAccess access,
                    MessageSource messages, Clock clock, OutletAccounts outletAccounts) {
        this.outletAccounts = outletAccounts;
        this.outputs = outputs;
        this.tallies = tallies;
        this.plans = plans;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/propaganda")
    String home(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        boolean standing = access.isStandingAgency();
        model.addAttribute("year", y);
        model.addAttribute("standing", standing);
        model.addAttribute("tally", tallies.tally(y, standing ? null : CurrentUser.require().unitId()));
        model.addAttribute("orientations", plans.plans(y));
        model.addAttribute("outlets", tallies.outlets());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("propaganda.title"), "/propaganda")));
        return "propaganda/home";
    }

    @GetMapping("/propaganda/plans/{planId}")
    String quarter(@PathVariable long planId, @RequestParam(required = false) Integer quarter, Model model) {
        PlanSummary plan = plans.plan(planId).orElseThrow(PropagandaPages::notFound);
        int q = quarter == null ? (LocalDate.now(clock).getMonthValue() - 1) / 3 + 1 : quarter;
        if (q < 1 || q > 4) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, "Quý: " + q + " không có (từ 1 đến 4).");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("view", tallies.quarter(planId, q));
        model.addAttribute("kinds", OutputKind.values());
        model.addAttribute("quarters", List.of(1, 2, 3, 4));
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("propaganda.title"), "/propaganda"),
                new Crumb(plan.number() == null ? plan.title() : plan.number(), "/propaganda/plans/" + planId)));
        return "propaganda/plan";
    }

    @GetMapping("/propaganda/contents/{taskId}")
    String content(@PathVariable long taskId, @RequestParam(required = false) Integer page,
                   @RequestParam(required = false) Integer size, Model model) {
        return content(taskId, PageRequest.of(page, size), model, Map.of(), List.of());
    }

    @PostMapping("/propaganda/contents/{taskId}")
    String log(@PathVariable long taskId, @RequestParam(required = false) OutputKind kind,
               @RequestParam(required = false) String count, @RequestParam(required = false) String publishedOn,
               @RequestParam(required = false) String outlet, @RequestParam(required = false) String title,
               @RequestParam(required = false) String link, @RequestPart(required = false) MultipartFile file,
               Model model, RedirectAttributes redirect) throws IOException {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", kind == null ? "" : kind.name());
        typed.put("count", count);
        typed.put("publishedOn", publishedOn);
        typed.put("outlet", outlet);
        typed.put("title", title);
        typed.put("link", link);
        List<String> problems = new ArrayList<>();
        LocalDate day = null;
        try {
            day = VietnameseDates.parse(publishedOn);
        } catch (NotVietnameseDate e) {
            problems.add("Ngày đăng, phát hoặc tổ chức: \"" + publishedOn.strip() + "\" không phải ngày (viết như 10/02/2025).");
        }
        if (!problems.isEmpty()) {
            return content(taskId, PageRequest.first(), model, typed, problems);
        }
        PropagandaOutputs.Upload upload = file == null || file.isEmpty() ? null
                : new PropagandaOutputs.Upload(file.getOriginalFilename(), file.getBytes());
        try {
            PropagandaOutputs.Logged logged = outputs.log(new PropagandaOutputs.OutputForm(CurrentUser.require().unitCode(),
                    taskId, kind, count, day, outlet, title, link), upload);
            redirect.addFlashAttribute(FlashRedirect.SUCCESS, logged.created() ? "propaganda.logged" : "propaganda.loggedBefore");
            return "redirect:/propaganda/contents/" + taskId;
        } catch (OutputRejected e) {
            return content(taskId, PageRequest.first(), model, typed, e.problems());
        }
    }

    private String content(long taskId, PageRequest page, Model model, Map<String, String> typed, List<String> problems) {
        TaskRow task = plans.task(taskId).orElseThrow(PropagandaPages::notFound);
        boolean standing = access.isStandingAgency();
        Long ownUnit = CurrentUser.require().unitId();
        model.addAttribute("task", task);
        model.addAttribute("canLog", access.canChange(ownUnit));
        model.addAttribute("rows", tallies.ofContent(taskId, standing ? null : ownUnit, page));
        model.addAttribute("kinds", OutputKind.values());
        model.addAttribute("outlets", tallies.outlets());
        model.addAttribute("typed", new LinkedHashMap<>(typed));
        model.addAttribute("problems", problems);
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("propaganda.title"), "/propaganda"),
                new Crumb(task.planNumber() == null ? task.planTitle() : task.planNumber(),
                        "/propaganda/plans/" + task.planId() + (task.quarter() == null ? "" : "?quarter=" + task.quarter())),
                new Crumb(text("propaganda.content.title"), "/propaganda/contents/" + taskId)));
        return "propaganda/content";
    }

    @GetMapping("/propaganda/outlets/{code}")
    String outlet(@PathVariable String code, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) Integer size, Model model) {
        PropagandaTallies.Outlet outlet = tallies.outlets().stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(PropagandaPages::notFound);
        model.addAttribute("outlet", outlet);
        model.addAttribute("rows", tallies.outlet(code, PageRequest.of(page, size)));
        boolean admin = CurrentUser.get().map(u -> u.has(vn.cchc.security.Role.ADMIN)).orElse(false);
        model.addAttribute("canLink", admin);
        model.addAttribute("accounts", admin ? outletAccounts.usernamesOf(code) : List.of());
        model.addAttribute("breadcrumbs", List.of(new Crumb(text("propaganda.title"), "/propaganda"),
                new Crumb(outlet.name(), "/propaganda/outlets/" + code)));
        return "propaganda/outlet";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
