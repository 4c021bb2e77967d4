package vn.cchc.plan;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.plan.parse.ReformArea;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;
import vn.cchc.security.UserAdministration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The board's filters as a task query, shared by the board and its exports; a leader only ever sees the units they follow. */
@Component
class TaskBoardFilter {

    private final Plans store;
    private final UnitAccess access;
    private final Directory directory;
    private final UserAdministration users;
    private final Clock clock;

    TaskBoardFilter(Plans store, UnitAccess access, Directory directory, UserAdministration users, Clock clock) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.users = users;
        this.clock = clock;
    }

    /** The filter; with a model, also what the board's form offers (units, plans, years, areas, states). */
    TaskFilter of(Integer year, Long planId, String area, Long unitId, TaskState state, Integer window,
                  Boolean priority, Model model) {
        CchcUser user = CurrentUser.require();
        List<UnitRef> units;
        List<Long> scope = null;
        if (user.has(Role.LEADER) && !access.isStandingAgency()) {
            List<Long> followed = users.find(user.id()).map(u -> u.followedUnitIds()).orElse(List.of());
            scope = followed;
            units = followed.stream().map(directory::findById).flatMap(java.util.Optional::stream).toList();
        } else {
            units = directory.current();
        }
        List<Long> filterUnits = unitId != null ? (scope == null || scope.contains(unitId) ? List.of(unitId) : List.of()) : scope;
        LocalDate today = LocalDate.now(clock);
        TaskState st = state;
        if (model != null) {
            model.addAttribute("units", units);
            model.addAttribute("plans", store.plans(null));
            model.addAttribute("years", store.years());
            model.addAttribute("areas", ReformArea.values());
            model.addAttribute("states", TaskState.values());
            model.addAttribute("f", new java.util.HashMap<String, Object>(java.util.Map.of(
                    "year", year == null ? "" : year, "planId", planId == null ? "" : planId, "area", area == null ? "" : area,
                    "unitId", unitId == null ? "" : unitId, "state", state == null ? "" : state.name(),
                    "window", window == null ? "" : window, "priority", Boolean.TRUE.equals(priority))));
            model.addAttribute("scope", scope);
        }
        return new TaskFilter(year, planId, area, filterUnits, st, null,
                window == null ? null : today.plusDays(window), priority, null);
    }
}
