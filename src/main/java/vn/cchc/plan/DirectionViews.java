package vn.cchc.plan;

import org.springframework.stereotype.Component;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;

import java.util.List;
import java.util.UUID;

/**
 * What the task page and "my tasks" show of directions, for their templates ({@code @directionViews}): a direction
 * is read by its unit, the leaders following that unit and the standing agency, and nobody else.
 */
@Component
class DirectionViews {

    static final int MY_TASKS_LIMIT = 50;

    private final Directions directions;
    private final UnitAccess access;

    DirectionViews(Directions directions, UnitAccess access) {
        this.directions = directions;
        this.access = access;
    }

    /** The task's directions the signed-in user may read, whether they may acknowledge each, and what they may direct. */
    record OnTask(List<Shown> shown, List<TaskRow.UnitProgress> directable, String key) {
    }

    record Shown(Directions.Direction direction, boolean acknowledgeable) {
    }

    public OnTask ofTask(TaskRow task) {
        List<Shown> shown = directions.onTask(task.id()).stream()
                .filter(d -> access.canReadUnsubmitted(d.unitId()))
                .map(d -> new Shown(d, !d.acknowledged() && directions.canAcknowledge(d.unitId())))
                .toList();
        boolean leader = CurrentUser.get().map(u -> u.has(Role.LEADER)).orElse(false);
        List<TaskRow.UnitProgress> directable = !leader || !task.followed() ? List.of()
                : task.units().stream().filter(u -> access.follows(u.unitId())).toList();
        return new OnTask(shown, directable, UUID.randomUUID().toString());
    }

    /** The signed-in officer's unit's directions still to acknowledge (empty for those who may not acknowledge). */
    public List<Directions.Direction> openForMe() {
        CchcUser user = CurrentUser.get().orElse(null);
        return user == null || !directions.canAcknowledge(user.unitId()) ? List.of()
                : directions.openFor(user.unitId(), MY_TASKS_LIMIT);
    }
}
