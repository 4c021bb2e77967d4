package vn.cchc.plan;

import org.springframework.stereotype.Component;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;
import vn.cchc.security.UserAdministration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The leader's scope of the board and its exports, in one place: a leader only ever sees the units they follow; the
 * standing agency and everyone else see all units.
 */
@Component
class TaskBoardFilter {

    private final UnitAccess access;
    private final UserAdministration users;
    private final Clock clock;

    TaskBoardFilter(UnitAccess access, UserAdministration users, Clock clock) {
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** The units the signed-in user may see on the board, or null for all of them. */
    List<Long> scope() {
        CchcUser user = CurrentUser.require();
        if (user.has(Role.LEADER) && !access.isStandingAgency()) {
            return users.find(user.id()).map(u -> u.followedUnitIds()).orElse(List.of());
        }
        return null;
    }

    /** The units a query asks for: the one picked if the scope allows it (none otherwise), else the whole scope. */
    static List<Long> units(Long unitId, List<Long> scope) {
        if (unitId == null) {
            return scope;
        }
        return scope == null || scope.contains(unitId) ? List.of(unitId) : List.of();
    }

    /** The board's filters as a task query (the exports list the tasks the board counts). */
    TaskFilter of(Integer year, Long planId, String area, Long unitId, TaskState state, Integer window, Boolean priority) {
        LocalDate dueTo = window == null ? null : LocalDate.now(clock).plusDays(window);
        return new TaskFilter(year, planId, area, units(unitId, scope()), state, null, dueTo, priority, null);
    }
}
