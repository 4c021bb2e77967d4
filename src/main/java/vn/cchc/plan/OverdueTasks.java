package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lead units' overdue parts of published tasks, for those who chase them (the urging letters): a lead unit's part
 * is overdue exactly when the board shows its state as {@link TaskState#OVERDUE} (not done, not postponed or
 * cancelled, today after the effective due date: the extension, else the last milestone). Each method is one
 * statement whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class OverdueTasks {

    /** Which tasks count: those of a year or of one plan, or all published ones (nulls). */
    public record Scope(Integer year, Long planId) {
        public static Scope all() {
            return new Scope(null, null);
        }
    }

    /** One lead unit's overdue part of a task, with the deadline as the plan writes it and as a date. */
    public record OverdueTask(long taskId, long unitId, String planNumber, String number, String content,
                              String deadlineText, LocalDate due, long daysLate) {
    }

    /** A unit with overdue parts: how many, and the longest late. */
    public record UnitOverdue(long unitId, String name, String kind, long tasks, long maxDaysLate) {
    }

    private final JdbcClient jdbc;

    OverdueTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String overdue(Scope scope, boolean someUnits) {
        return """
                with t as (
                  select t.id, t.number, t.content, t.deadline_text, t.status, t.plan_id, t.position, p.doc_number,
                         coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id)) as due
                  from plan_task t join plan p on p.id = t.plan_id
                  where p.status <> 'DRAFT'%s%s),
                o as (
                  select a.unit_id, t.* from t join plan_task_assignee a on a.task_id = t.id
                  where a.role = 'LEAD' and t.status not in ('POSTPONED', 'CANCELLED')
                    and a.status not in ('DONE', 'POSTPONED', 'CANCELLED') and t.due is not null and :today > t.due%s)
                """.formatted(scope.year() == null ? "" : " and p.year = :year",
                scope.planId() == null ? "" : " and t.plan_id = :planId",
                someUnits ? " and a.unit_id = any(:units)" : "");
    }

    private JdbcClient.StatementSpec bind(String sql, Scope scope, Collection<Long> units, LocalDate today) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("today", today);
        if (scope.year() != null) {
            spec = spec.param("year", scope.year());
        }
        if (scope.planId() != null) {
            spec = spec.param("planId", scope.planId());
        }
        if (units != null) {
            spec = spec.param("units", new SqlArrayValue("bigint", units.toArray()));
        }
        return spec;
    }

    /** One page of the units with overdue parts (all units, or those of {@code units}), in Vietnamese order. */
    public Page<UnitOverdue> units(Scope scope, Collection<Long> units, LocalDate today, PageRequest page) {
        String sql = overdue(scope, units != null) + """
                select u.id, u.name, u.kind, count(*), max(:today - o.due) from o join unit u on u.id = o.unit_id
                group by u.id, u.name, u.kind order by u.name collate vi, u.id limit :limit offset :offset""";
        return Page.of(bind(sql, scope, units, today).param("limit", page.limitPlusOne()).param("offset", page.offset())
                .query((rs, n) -> new UnitOverdue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5))).list(), page);
    }

    /** The ids of every unit with overdue parts (of {@code units}, if given), at most {@code limit}. */
    public List<Long> unitIds(Scope scope, Collection<Long> units, LocalDate today, int limit) {
        String sql = overdue(scope, units != null) + "select distinct unit_id from o order by unit_id limit :limit";
        return bind(sql, scope, units, today).param("limit", limit).query(Long.class).list();
    }

    /** The overdue parts of these units, per unit in the order given, each unit's longest late first. */
    public Map<Long, List<OverdueTask>> of(Collection<Long> units, Scope scope, LocalDate today) {
        Map<Long, List<OverdueTask>> byUnit = new LinkedHashMap<>();
        units.forEach(u -> byUnit.put(u, new ArrayList<>()));
        if (units.isEmpty()) {
            return byUnit;
        }
        String sql = overdue(scope, true) + """
                select unit_id, id, doc_number, number, content, deadline_text, due, :today - due from o
                order by unit_id, due, plan_id, position""";
        bind(sql, scope, units, today).query((rs, n) -> new OverdueTask(rs.getLong(2), rs.getLong(1), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getLong(8)))
                .list().forEach(t -> byUnit.get(t.unitId()).add(t));
        return byUnit;
    }
}
