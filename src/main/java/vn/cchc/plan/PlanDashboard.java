package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final ProgressPosts posts;
    private final JdbcClient jdbc;

    PlanDashboard(Plans store, Clock clock, ProgressPosts posts, JdbcClient jdbc) {
        this.clock = clock;
        this.store = store;
        this.posts = posts;
        this.jdbc = jdbc;
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
        // Counted in SQL: the home page loaded every task of the province, with its units and milestones, for two
        // numbers. A task is OVERDUE exactly when TaskState.derive says so of it: not done, postponed or cancelled,
        // and today after its effective due date (the extension, else the last milestone); a lead unit's part can be
        // late only then, since it has the task's due date.
        return jdbc.sql("""
                        select count(*) filter (where t.review = 'AWAITING'),
                               count(*) filter (where t.status not in ('DONE', 'POSTPONED', 'CANCELLED')
                                   and :today > coalesce(t.extended_due,
                                       (select max(m.due) from plan_task_milestone m where m.task_id = t.id)))
                        from plan_task t join plan p on p.id = t.plan_id
                        where p.status not in ('DRAFT', 'CLOSED', 'REPLACED')""")
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new Queue(rs.getLong(1), rs.getLong(2))).single();
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
    /** A unit's newest progress update: on which task, how far, what it said, when. */
    public record LastProgress(long unitId, long taskId, String taskNumber, String taskContent, Integer percent,
                               String note, java.time.OffsetDateTime postedAt) {

        /** The day it was posted, in the province. */
        public LocalDate postedOn() {
            return postedAt.atZoneSameInstant(vn.cchc.time.ProvinceTime.ZONE).toLocalDate();
        }
    }

    /**
     * One unit's tasks of followed plans, each counted by the unit's own part: how many per state, how many late and
     * the longest late in days, and its newest progress update.
     */
    public record UnitFigures(long unitId, java.util.Map<TaskState, Long> byState, long total, long overdue,
                              long worstDaysLate, LastProgress lastProgress) {

        public long count(TaskState state) {
            return byState.getOrDefault(state, 0L);
        }
    }

    /** The figures of each of these units, from the same statements whatever the number of units. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, UnitFigures> figuresOf(Collection<Long> unitIds) {
        java.util.Map<Long, UnitFigures> result = new java.util.LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return result;
        }
        Set<Long> units = Set.copyOf(unitIds);
        java.util.Map<Long, List<TaskRow.UnitProgress>> parts = new java.util.HashMap<>();
        store.tasks(new TaskFilter(null, null, null, units, null, null, null, null, null)).stream()
                .filter(TaskRow::followed)
                .flatMap(t -> t.units().stream()).filter(u -> units.contains(u.unitId()))
                .forEach(u -> parts.computeIfAbsent(u.unitId(), k -> new java.util.ArrayList<>()).add(u));
        java.util.Map<Long, LastProgress> latest = posts.latestOf(units);
        for (long unit : unitIds) {
            List<TaskRow.UnitProgress> mine = parts.getOrDefault(unit, List.of());
            java.util.Map<TaskState, Long> byState = new java.util.EnumMap<>(TaskState.class);
            mine.forEach(u -> byState.merge(u.state(), 1L, Long::sum));
            List<TaskRow.UnitProgress> late = mine.stream().filter(u -> u.state() == TaskState.OVERDUE).toList();
            result.put(unit, new UnitFigures(unit, byState, mine.size(), late.size(),
                    late.stream().mapToLong(TaskRow.UnitProgress::daysLate).max().orElse(0), latest.get(unit)));
        }
        return result;
    }
}
