package vn.cchc.plan;

import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.ReadableUnits;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the task page and "my tasks" show of directions, for their templates ({@code @directionViews}): a direction
 * is read by its unit, the leaders following that unit and the standing agency, and nobody else.
 */
@Component
class DirectionViews {

    static final int MY_TASKS_LIMIT = 50;

    private final Directions directions;
    private final UnitAccess access;
    private final Directory directory;

    DirectionViews(Directions directions, UnitAccess access, Directory directory) {
        this.directions = directions;
        this.access = access;
        this.directory = directory;
    }

    /** The task's directions the signed-in user may read, whether they may acknowledge each, and what they may direct. */
    record OnTask(List<Shown> shown, List<TaskRow.UnitProgress> directable, String key) {
    }

    record Shown(Directions.Direction direction, boolean acknowledgeable) {
    }

    /** Reads who may read and whom the user follows once, so a task led by every commune costs what one costs. */
    public OnTask ofTask(TaskRow task) {
        ReadableUnits readable = access.readableUnsubmitted();
        List<Shown> shown = directions.onTask(task.id()).stream()
                .filter(d -> readable.all() || readable.ids().contains(d.unitId()))
                .map(d -> new Shown(d, !d.acknowledged() && directions.canAcknowledge(d.unitId())))
                .toList();
        CchcUser user = CurrentUser.get().orElse(null);
        if (user == null || !user.has(Role.LEADER) || !task.followed()) {
            return new OnTask(shown, List.of(), null);
        }
        Set<Long> followed = directory.followedBy(user.username()).stream().map(UnitRef::id).collect(Collectors.toSet());
        List<TaskRow.UnitProgress> directable = task.units().stream().filter(u -> followed.contains(u.unitId())).toList();
        return new OnTask(shown, directable, UUID.randomUUID().toString());
    }

    /** The signed-in officer's unit's directions still to acknowledge (empty for those who may not acknowledge). */
    public List<Directions.Direction> openForMe() {
        CchcUser user = CurrentUser.get().orElse(null);
        return user == null || !directions.canAcknowledge(user.unitId()) ? List.of()
                : directions.openFor(user.unitId(), MY_TASKS_LIMIT);
    }
}
