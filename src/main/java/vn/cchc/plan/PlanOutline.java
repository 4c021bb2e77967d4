package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts a plan's page shows (per section, quarter, lead unit and month) without loading its tasks: a plan of
 * 2,000 tasks was read whole, with every assignee and milestone, on each view. A task's state is still decided by
 * {@link TaskState#derive}, from a light projection of the task; the units' and months' counts are SQL aggregates.
 */
@Component
class PlanOutline {

    private final JdbcClient jdbc;

    PlanOutline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many milestones of the plan fall in one month. */
    public record MonthCount(int year, int month, long milestones) {
    }

    /** Per top section (in document order) and per quarter, the tasks counted by their state today. */
    public record Tallies(List<TaskCounts.Counts> sections, Map<Integer, TaskCounts.Counts> quarters) {
    }

    @Transactional(readOnly = true)
    public Tallies tallies(long planId, LocalDate today) {
        record Light(String section, Integer quarter, TaskState state) {
        }
        // The effective due date as TaskRow.of takes it: the extension if granted, else the last milestone. A lead
        // unit's part can be overdue only when the task is (the same due date), so the task's own state is enough.
        List<Light> tasks = jdbc.sql("""
                        select t.section, t.quarter, t.status, t.completed_on,
                               coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id))
                        from plan_task t where t.plan_id = ? order by t.position""")
                .param(planId)
                .query((rs, n) -> new Light(rs.getString(1), (Integer) rs.getObject(2), TaskState.derive(rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), today)))
                .list();
        Map<String, List<TaskState>> bySection = new LinkedHashMap<>();
        Map<Integer, List<TaskState>> byQuarter = new TreeMap<>();
        for (Light t : tasks) {
            bySection.computeIfAbsent(topSection(t.section()), k -> new ArrayList<>()).add(t.state());
            if (t.quarter() != null) {
                byQuarter.computeIfAbsent(t.quarter(), k -> new ArrayList<>()).add(t.state());
            }
        }
        Map<Integer, TaskCounts.Counts> quarters = new TreeMap<>();
        byQuarter.forEach((q, states) -> quarters.put(q, TaskCounts.ofStates(Integer.toString(q), null, states)));
        return new Tallies(bySection.entrySet().stream().map(e -> TaskCounts.ofStates(e.getKey(), null, e.getValue()))
                .toList(), quarters);
    }

    /** The section's top heading, as {@link TaskRow#topSection()} takes it. */
    static String topSection(String section) {
        if (section == null || section.isBlank()) {
            return "";
        }
        int dot = section.indexOf('.');
        return dot < 0 ? section : section.substring(0, dot);
    }

    /**
     * Per lead unit, its tasks and how many it has done, each unit by its own part (done when its part is confirmed
     * and the task is neither postponed nor cancelled, as {@link TaskRow#asSeenBy} derives it), in Vietnamese order.
     */
    @Transactional(readOnly = true)
    public List<TaskCounts.Counts> units(long planId) {
        return jdbc.sql("""
                        select a.unit_id, u.name, count(*),
                               count(*) filter (where a.status = 'DONE' and t.status not in ('POSTPONED', 'CANCELLED'))
                        from plan_task_assignee a join plan_task t on t.id = a.task_id join unit u on u.id = a.unit_id
                        where t.plan_id = ? and a.role = 'LEAD' group by a.unit_id, u.name""")
                .param(planId)
                .query((rs, n) -> new TaskCounts.Counts(rs.getString(2), rs.getLong(1), new EnumMap<>(TaskState.class),
                        rs.getLong(3), rs.getLong(4)))
                .list().stream().sorted(vn.cchc.vietnamese.VietnameseOrder.by(TaskCounts.Counts::label)).toList();
    }

    @Transactional(readOnly = true)
    public List<MonthCount> months(long planId) {
        return jdbc.sql("""
                        select extract(year from m.due)::int, extract(month from m.due)::int, count(*)
                        from plan_task_milestone m join plan_task t on t.id = m.task_id
                        where t.plan_id = ? group by 1, 2 order by 1, 2""")
                .param(planId)
                .query((rs, n) -> new MonthCount(rs.getInt(1), rs.getInt(2), rs.getLong(3))).list();
    }
}
