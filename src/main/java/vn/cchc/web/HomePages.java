package vn.cchc.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.IndicatorDashboard;
import vn.cchc.plan.PlanDashboard;
import vn.cchc.plan.TaskRow;
import vn.cchc.scoring.ScoringDashboard;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

import java.util.List;

/** The home page: what each role works on first. Each module adds its own cards as it is built. */
@Controller
class HomePages {

    private final Directory directory;
    private final PlanDashboard plans;
    private final IndicatorDashboard indicators;
    private final ScoringDashboard scoring;

    HomePages(Directory directory, PlanDashboard plans, IndicatorDashboard indicators, ScoringDashboard scoring) {
        this.directory = directory;
        this.plans = plans;
        this.indicators = indicators;
        this.scoring = scoring;
    }

    @GetMapping("/")
    String home(Model model) {
        CchcUser user = CurrentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        model.addAttribute("cards", HomeCard.forRoles(user.roles()));
        model.addAttribute("unitCount", directory.count());
        addPlanFigures(user, model);
        addIndicatorAndScoringFigures(user, model);
        return "web/home";
    }

    /** Plan follow-up figures for the role: a unit's own tasks, the standing agency's queue, a leader's units. */
    private void addPlanFigures(CchcUser user, Model model) {
        if (user.has(Role.UNIT_OFFICER)) {
            PlanDashboard.UnitTasks mine = plans.forUnit(user.unitId());
            model.addAttribute("myTasks", new PlanFigures(mine.overdue().size(), mine.dueSoon().size(), mine.returned().size()));
        }
        if (user.has(Role.STANDING_AGENCY)) {
            model.addAttribute("planQueue", plans.standingQueue());
        }
        if (user.has(Role.LEADER)) {
            List<TaskRow> late = plans.overdueOf(directory.followedBy(user.username()).stream().map(UnitRef::id).toList());
            model.addAttribute("followedOverdue", late.size());
            model.addAttribute("followedOverdueTop", late.stream().limit(5).toList());
        }
    }

    /**
     * Indicators and scoring for the role: a unit's current form and its assessment in an open round; the standing
     * agency's reporting rate of the last quarter and rounds still to finish; a leader's heatmap and latest ranking.
     */
    private void addIndicatorAndScoringFigures(CchcUser user, Model model) {
        if (user.has(Role.UNIT_OFFICER)) {
            indicators.myForm(user.unitId()).ifPresent(f -> model.addAttribute("indicatorForm", f));
            scoring.openAssessment(user.unitId()).ifPresent(a -> model.addAttribute("myAssessment", a));
        }
        if (user.has(Role.STANDING_AGENCY)) {
            model.addAttribute("reportRate", indicators.lastPeriodRate());
            model.addAttribute("pendingRounds", scoring.pendingRounds());
        }
        if (user.has(Role.LEADER)) {
            model.addAttribute("heatmapSummary", indicators.heatmap());
            model.addAttribute("ranking", scoring.latestRanking().orElse(null));
            model.addAttribute("leaderCards", true);
        }
    }

    record PlanFigures(long overdue, long dueSoon, long returned) {
    }

    /** A tile on the home page: a title, a sentence and a link; shown to the roles that need it. */
    record HomeCard(String titleKey, String textKey, String href, List<Role> roles) {

        static final List<HomeCard> ALL = List.of(
                new HomeCard("home.card.units", "home.card.units.text", "/units", List.of(Role.values())),
                new HomeCard("home.card.myUnit", "home.card.myUnit.text", "/units/mine",
                        List.of(Role.UNIT_OFFICER, Role.STANDING_AGENCY)),
                new HomeCard("home.card.followed", "home.card.followed.text", "/leader/units",
                        List.of(Role.LEADER)),
                new HomeCard("home.card.users", "home.card.users.text", "/admin/users", List.of(Role.ADMIN)),
                new HomeCard("home.card.audit", "home.card.audit.text", "/admin/audit", List.of(Role.ADMIN)),
                new HomeCard("home.card.unitImport", "home.card.unitImport.text", "/units/import",
                        List.of(Role.ADMIN, Role.STANDING_AGENCY)),
                new HomeCard("home.card.inspections", "home.card.inspections.text", "/inspections",
                        List.of(Role.STANDING_AGENCY, Role.UNIT_OFFICER)),
                new HomeCard("home.card.meetings", "home.card.meetings.text", "/meetings", List.of(Role.STANDING_AGENCY)),
                new HomeCard("home.card.propaganda", "home.card.propaganda.text", "/propaganda",
                        List.of(Role.STANDING_AGENCY, Role.UNIT_OFFICER)));

        static List<HomeCard> forRoles(java.util.Set<Role> roles) {
            return ALL.stream().filter(c -> c.roles().stream().anyMatch(roles::contains)).toList();
        }
    }
}
