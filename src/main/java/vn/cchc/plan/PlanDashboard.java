package vn.cchc.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What needs attention, per role: a unit's own tasks ("Việc của tôi" and the home page), the standing agency's
 * queue, a leader's followed units. Only plans still followed count (not drafts, closed or replaced plans).
 */
@Service
public class PlanDashboard {

    static final int DUE_SOON_DAYS = 30;

    private final Plans store;
    private final Clock clock;

    PlanDashboard(Plans store, Clock clock) {
        this.clock = clock;
        this.store = store;
    }

    /** A unit's tasks as it sees them (its own part of shared tasks), sorted into what to do first. */
    public record UnitTasks(List<TaskRow> overdue, List<TaskRow> dueSoon, List<TaskRow> returned, List<TaskRow> awaiting,
                            List<TaskRow> all) {
    }

    public record Queue(long awaiting, long overdue) {
    }

    @Transactional(readOnly = true)
    public UnitTasks forUnit(long unitId) {
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> mine = store.tasks(new TaskFilter(null, null, null, List.of(unitId), null, null, null, null, null))
                .stream().filter(TaskRow::followed).map(t -> t.asSeenBy(unitId)).toList();
        return new UnitTasks(
                mine.stream().filter(t -> t.state() == TaskState.OVERDUE && !t.awaitingConfirmation()).toList(),
                mine.stream().filter(t -> t.state().open() && t.state() != TaskState.OVERDUE && t.due() != null
                        && !t.due().isAfter(today.plusDays(DUE_SOON_DAYS)) && !t.awaitingConfirmation()).toList(),
                mine.stream().filter(TaskRow::returned).toList(),
                mine.stream().filter(TaskRow::awaitingConfirmation).toList(),
                mine);
    }

    /** The standing agency's queue: reports awaiting confirmation, tasks overdue. */
    @Transactional(readOnly = true)
    public Queue standingQueue() {
        List<TaskRow> all = store.tasks(TaskFilter.all()).stream().filter(TaskRow::followed).toList();
        return new Queue(all.stream().filter(TaskRow::awaitingConfirmation).count(),
                all.stream().filter(t -> t.state() == TaskState.OVERDUE).count());
    }

    /** Tasks in which at least one of the units is late with its own part, most days late first. */
    @Transactional(readOnly = true)
    public List<TaskRow> overdueOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Set<Long> units = Set.copyOf(unitIds);
        return store.tasks(new TaskFilter(null, null, null, units, null, null, null, null, null)).stream()
                .filter(TaskRow::followed)
                .filter(t -> t.units().stream().anyMatch(u -> units.contains(u.unitId()) && u.state() == TaskState.OVERDUE))
                .sorted(java.util.Comparator.comparingLong(TaskRow::daysLate).reversed())
                .toList();
    }
}
