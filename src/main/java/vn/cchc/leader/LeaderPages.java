package vn.cchc.leader;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.calendar.CalendarYearMissing;
import vn.cchc.calendar.WorkingDays;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.IndicatorDashboard;
import vn.cchc.indicator.IndicatorDashboard.UnitReporting;
import vn.cchc.page.Crumb;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.Directions;
import vn.cchc.plan.PlanDashboard;
import vn.cchc.plan.PlanDashboard.UnitFigures;
import vn.cchc.plan.TaskState;
import vn.cchc.scoring.ScoringDashboard;
import vn.cchc.scoring.ScoringDashboard.Standing;
import vn.cchc.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "Đơn vị tôi theo dõi": the units the signed-in leader follows, a page at a time. The figures of a page's units come
 * from one call per owning module for all of them, so the page costs the same for five units as for fifty.
 */
@Controller
class LeaderPages {

    static final int WAITING_LIMIT = 50;

    private final Directory directory;
    private final PlanDashboard plans;
    private final IndicatorDashboard indicators;
    private final ScoringDashboard scoring;
    private final MessageSource messages;
    private final Directions directions;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final int acknowledgeWithin;

    LeaderPages(Directory directory, PlanDashboard plans, IndicatorDashboard indicators, ScoringDashboard scoring,
                MessageSource messages, Directions directions, WorkingDays workingDays, Clock clock,
                @Value("${cchc.directions.acknowledge-within-working-days:3}") int acknowledgeWithin) {
        this.directory = directory;
        this.plans = plans;
        this.indicators = indicators;
        this.scoring = scoring;
        this.messages = messages;
        this.directions = directions;
        this.workingDays = workingDays;
        this.clock = clock;
        this.acknowledgeWithin = acknowledgeWithin;
    }

    @GetMapping("/leader/units")
    @PreAuthorize("hasRole('LEADER')")
    String units(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                 Model model) {
        PageRequest request = PageRequest.of(page, size);
        // The followed units are a short list read in one statement; only the figures are worth paging.
        List<UnitRef> followed = directory.followedBy(CurrentUser.require().username());
        List<UnitRef> shown = followed.stream().skip(request.offset()).limit(request.limitPlusOne()).toList();
        Page<UnitRef> units = Page.of(shown, request);
        List<Long> ids = units.items().stream().map(UnitRef::id).toList();
        Map<Long, UnitFigures> tasks = plans.figuresOf(ids);
        Map<Long, UnitReporting> reporting = indicators.reportingOf(ids);
        Map<Long, Standing> standings = scoring.standingsOf(ids);
        model.addAttribute("rows", units.items().stream().map(u -> new FollowedUnit(u, tasks.get(u.id()),
                reporting.get(u.id()), standings.get(u.id()))).toList());
        model.addAttribute("units", units);
        model.addAttribute("followedCount", followed.size());
        unacknowledged(followed, model);
        model.addAttribute("states", List.of(TaskState.NOT_STARTED, TaskState.IN_PROGRESS, TaskState.OVERDUE,
                TaskState.DONE_ON_TIME, TaskState.DONE_LATE));
        model.addAttribute("breadcrumbs", List.of(new Crumb(
                messages.getMessage("leader.units.title", null, LocaleContextHolder.getLocale()), "/leader/units")));
        return "leader/units";
    }

    /**
     * The directions to any followed unit still not acknowledged after the allowed working days, oldest first, at
     * most {@value #WAITING_LIMIT}. Without a calendar table for the days counted the list is not guessed.
     */
    private void unacknowledged(List<UnitRef> followed, Model model) {
        model.addAttribute("acknowledgeWithin", acknowledgeWithin);
        try {
            LocalDate givenBy = workingDays.add(LocalDate.now(clock), -acknowledgeWithin);
            model.addAttribute("waiting", directions.waitingSince(followed.stream().map(UnitRef::id).toList(), givenBy,
                    WAITING_LIMIT));
        } catch (CalendarYearMissing e) {
            model.addAttribute("waiting", null);
        }
    }
}
