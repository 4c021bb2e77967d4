package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up board's queries. Every count is one grouped SQL statement and every list one page of rows plus three
 * statements for that page's agencies, lead units and milestones, so the board's cost does not grow with the number of
 * units or tasks. A task's state is derived in SQL exactly as {@link TaskState#derive} does (stored status, completion,
 * the effective due date: the extension, else the last milestone); filters are bound parameters, unit lists bound
 * arrays.
 */
@Component
@Transactional(readOnly = true)
class TaskBoard {

    /** One cell group: a unit kind, or one unit, with its (task, lead unit) pairs by the unit's own state. */
    public record UnitLine(String kind, Long unitId, String name, Map<TaskState, Long> byState, long total) {
    }

    /** What the board shows, filtered; {@code state} filters the unit's own state in counts and lists. */
    public record Filter(Integer year, Long planId, String area, Collection<Long> units, TaskState state, LocalDate dueTo,
                  boolean priority) {
    }

    private final JdbcClient jdbc;

    TaskBoard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The derived state of a status (task's or unit's), its completion day and the due date, as TaskState.derive. */
    private static String state(String status, String completedOn) {
        return """
                case when %1$s = 'CANCELLED' then 'CANCELLED' when %1$s = 'POSTPONED' then 'POSTPONED'
                     when %1$s = 'DONE' then case when %2$s is null or t.due is null or %2$s <= t.due
                                                  then 'DONE_ON_TIME' else 'DONE_LATE' end
                     when t.due is not null and :today > t.due then 'OVERDUE'
                     when %1$s = 'IN_PROGRESS' then 'IN_PROGRESS' else 'NOT_STARTED' end""".formatted(status, completedOn);
    }

    /** A lead unit's status: its own, unless the whole task is postponed or cancelled. */
    private static final String UNIT_STATE = state(
            "case when t.status in ('POSTPONED', 'CANCELLED') then t.status else a.status end", "a.completed_on");

    private static final String TASK_STATE = state("t.status", "t.completed_on");

    /** The filtered tasks with their effective due date; drafts only when one plan is asked for. */
    private static String tasks(Filter f) {
        StringBuilder sql = new StringBuilder("""
                with t as (
                  select t.id, t.plan_id, t.position, t.status, t.completed_on, t.review, p.year,
                         coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id)) as due
                  from plan_task t join plan p on p.id = t.plan_id""");
        sql.append(f.planId() == null ? " where p.status <> 'DRAFT'" : " where t.plan_id = :planId");
        if (f.year() != null) {
            sql.append(" and p.year = :year");
        }
        if (f.area() != null && !f.area().isBlank()) {
            sql.append(" and t.area = :area");
        }
        if (f.priority()) {
            sql.append(" and t.priority");
        }
        sql.append(")\n");
        return sql.toString();
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder(" where a.role = 'LEAD'");
        if (f.units() != null) {
            sql.append(" and a.unit_id = any(:units)");
        }
        if (f.dueTo() != null) {
            sql.append(" and t.due <= :dueTo");
        }
        return sql.toString();
    }

    private JdbcClient.StatementSpec bind(String sql, Filter f, LocalDate today) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("today", today);
        if (f.planId() != null) {
            spec = spec.param("planId", f.planId());
        }
        if (f.year() != null) {
            spec = spec.param("year", f.year());
        }
        if (f.area() != null && !f.area().isBlank()) {
            spec = spec.param("area", f.area());
        }
        if (f.units() != null) {
            spec = spec.param("units", new SqlArrayValue("bigint", f.units().toArray()));
        }
        if (f.dueTo() != null) {
            spec = spec.param("dueTo", f.dueTo());
        }
        if (f.state() != null) {
            spec = spec.param("state", f.state().name());
        }
        return spec;
    }

    /** (task, lead unit) pairs per unit kind and the unit's state: the board's first table, one statement. */
    List<UnitLine> byKind(Filter f, LocalDate today) {
        String sql = tasks(f) + "select u.kind, " + UNIT_STATE + " as state, count(*)"
                + " from t join plan_task_assignee a on a.task_id = t.id join unit u on u.id = a.unit_id" + where(f)
                + (f.state() == null ? "" : " and " + UNIT_STATE + " = :state") + " group by 1, 2";
        Map<String, Map<TaskState, Long>> counts = new LinkedHashMap<>();
        bind(sql, f, today).query((rs, n) -> counts.computeIfAbsent(rs.getString(1), k -> zeros())
                .merge(TaskState.valueOf(rs.getString(2)), rs.getLong(3), Long::sum)).list();
        return counts.entrySet().stream().map(e -> line(e.getKey(), null, null, e.getValue())).toList();
    }

    /** One page of the units of a kind (or of the filter's units) with their counts, in Vietnamese order. */
    Page<UnitLine> byUnit(Filter f, String kind, LocalDate today, PageRequest page) {
        String sql = tasks(f) + """
                , c as (select a.unit_id, %s as state, count(*) as n
                        from t join plan_task_assignee a on a.task_id = t.id join unit u on u.id = a.unit_id %s%s%s
                        group by 1, 2),
                  shown as (select u.id, u.kind, u.name from unit u where u.id in (select unit_id from c)
                            order by u.name collate vi, u.id limit :limit offset :offset)
                select s.id, s.kind, s.name, c.state, c.n from shown s join c on c.unit_id = s.id
                order by s.name collate vi, s.id""".formatted(UNIT_STATE, where(f),
                kind == null ? "" : " and u.kind = :kind", f.state() == null ? "" : " and " + UNIT_STATE + " = :state");
        JdbcClient.StatementSpec spec = bind(sql, f, today).param("limit", page.limitPlusOne()).param("offset", page.offset());
        if (kind != null) {
            spec = spec.param("kind", kind);
        }
        Map<Long, UnitLine> lines = new LinkedHashMap<>();
        spec.query((rs, n) -> {
            String unitKind = rs.getString(2);
            String name = rs.getString(3);
            return lines.computeIfAbsent(rs.getLong(1),
                            id -> new UnitLine(unitKind, id, name, new EnumMap<>(TaskState.class), 0))
                    .byState().put(TaskState.valueOf(rs.getString(4)), rs.getLong(5));
        }).list();
        List<UnitLine> out = lines.values().stream().map(l -> line(l.kind(), l.unitId(), l.name(), l.byState())).toList();
        return Page.of(out, page);
    }

    /** Tasks by their own state (the total line): one statement. */
    Map<TaskState, Long> byTaskState(Filter f, LocalDate today) {
        String sql = tasks(f) + "select " + TASK_STATE + ", count(*) from t" + taskWhere(f) + " group by 1";
        Map<TaskState, Long> m = zeros();
        bind(sql, f, today).query((rs, n) -> m.put(TaskState.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return m;
    }

    /** Tasks awaiting the standing agency's confirmation, counted. */
    long awaitingCount(Filter f, LocalDate today) {
        String sql = tasks(f) + "select count(*) from t" + taskWhere(f) + " and t.review = 'AWAITING'";
        return bind(sql, f, today).query(Long.class).single();
    }

    /** A task is on the board when one of its lead units is in the filter's units and it is due in the window. */
    private static String taskWhere(Filter f) {
        StringBuilder sql = new StringBuilder(" where true");
        if (f.units() != null) {
            sql.append(" and exists (select 1 from plan_task_assignee a where a.task_id = t.id and a.role = 'LEAD'"
                    + " and a.unit_id = any(:units))");
        }
        if (f.dueTo() != null) {
            sql.append(" and t.due <= :dueTo");
        }
        if (f.state() != null) {
            sql.append(" and ").append(TASK_STATE).append(" = :state");
        }
        return sql.toString();
    }

    /** Which rows a list shows. */
    public enum Rows { OVERDUE, AWAITING, CELL }

    /**
     * One page of tasks: overdue ones (longest late first), those awaiting confirmation, or those of a cell (a lead
     * unit of this kind or this unit in the filter's state; shown as that unit sees them when one unit is asked for).
     */
    Page<TaskRow> rows(Filter f, Rows which, String kind, Long unitId, LocalDate today, PageRequest page) {
        StringBuilder sql = new StringBuilder(tasks(f)).append("select t.id from t");
        switch (which) {
            case OVERDUE -> sql.append(taskWhere(f)).append(" and ").append(TASK_STATE)
                    .append(" = 'OVERDUE' order by t.due, t.year desc nulls last, t.plan_id, t.position");
            case AWAITING -> sql.append(taskWhere(f)).append(" and t.review = 'AWAITING'")
                    .append(" order by t.year desc nulls last, t.plan_id, t.position");
            case CELL -> sql.append(" where exists (select 1 from plan_task_assignee a join unit u on u.id = a.unit_id")
                    .append(where(f).replace(" where ", " where a.task_id = t.id and "))
                    .append(kind == null ? "" : " and u.kind = :kind").append(unitId == null ? "" : " and a.unit_id = :unitId")
                    .append(f.state() == null ? "" : " and " + UNIT_STATE + " = :state")
                    .append(") order by t.year desc nulls last, t.plan_id, t.position");
        }
        sql.append(" limit :limit offset :offset");
        JdbcClient.StatementSpec spec = bind(sql.toString(), f, today).param("limit", page.limitPlusOne())
                .param("offset", page.offset());
        if (which == Rows.CELL && kind != null) {
            spec = spec.param("kind", kind);
        }
        if (which == Rows.CELL && unitId != null) {
            spec = spec.param("unitId", unitId);
        }
        Page<Long> ids = Page.of(spec.query(Long.class).list(), page);
        List<TaskRow> rows = load(ids.items(), today);
        if (unitId != null) {
            rows = rows.stream().map(r -> r.asSeenBy(unitId)).toList();
        }
        return new Page<>(rows, page, ids.hasNext());
    }

    /** The tasks with these ids, in this order: four statements whatever their number. */
    private List<TaskRow> load(List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlArrayValue array = new SqlArrayValue("bigint", ids.toArray());
        record Raw(long id, long planId, String planNumber, String planTitle, Integer year, String section, String number,
                   String content, String area, String directedBy, String deadlineText, String deadlineKind,
                   LocalDate extendedDue, String output, boolean priority, Integer quarter, String status, String review,
                   String reviewReason, int percent, LocalDate completedOn, boolean demo, String planStatus,
                   String issuer, Long sourceTaskId) {
        }
        Map<Long, Raw> raws = new HashMap<>();
        jdbc.sql("""
                        select t.id, t.plan_id, p.doc_number, p.title, p.year, t.section, t.number, t.content, t.area,
                               t.directed_by, t.deadline_text, t.deadline_kind, t.extended_due, t.output, t.priority, t.quarter,
                               t.status, t.review, t.review_reason, t.percent, t.completed_on, p.demo, p.status, p.issuer,
                               t.source_task_id
                        from plan_task t join plan p on p.id = t.plan_id where t.id = any(?)""")
                .param(array)
                .query((rs, n) -> raws.put(rs.getLong(1), new Raw(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getObject(13, LocalDate.class), rs.getString(14), rs.getBoolean(15), (Integer) rs.getObject(16),
                        rs.getString(17), rs.getString(18), rs.getString(19), rs.getInt(20),
                        rs.getObject(21, LocalDate.class), rs.getBoolean(22), rs.getString(23), rs.getString(24),
                        (Long) rs.getObject(25)))).list();
        Map<Long, List<PlanDraft.Agency>> lead = new HashMap<>();
        Map<Long, List<PlanDraft.Agency>> coordinate = new HashMap<>();
        jdbc.sql("select task_id, role, name, unit_id, agency_group from plan_task_unit where task_id = any(?)"
                        + " order by task_id, role, position")
                .param(array)
                .query((rs, n) -> ("LEAD".equals(rs.getString(2)) ? lead : coordinate)
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PlanDraft.Agency(rs.getString(3), (Long) rs.getObject(4), rs.getString(5)))).list();
        Map<Long, List<TaskRow.UnitProgress>> units = new HashMap<>();
        jdbc.sql("""
                        select a.task_id, a.unit_id, u.name, a.source, a.status, a.review, a.review_reason, a.percent,
                               a.completed_on
                        from plan_task_assignee a join unit u on u.id = a.unit_id
                        where a.role = 'LEAD' and a.task_id = any(?)
                        order by a.task_id, case a.source when 'NAMED' then 0 else 1 end, a.source_position, u.name collate vi""")
                .param(array)
                .query((rs, n) -> units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new TaskRow.UnitProgress(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getObject(9, LocalDate.class)))).list();
        Map<Long, List<PlanDraft.Due>> milestones = new HashMap<>();
        jdbc.sql("select task_id, due, precision from plan_task_milestone where task_id = any(?) order by task_id, due")
                .param(array)
                .query((rs, n) -> milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PlanDraft.Due(rs.getObject(2, LocalDate.class), rs.getString(3)))).list();
        List<TaskRow> rows = new ArrayList<>();
        for (long id : ids) {
            Raw r = raws.get(id);
            rows.add(TaskRow.of(r.id(), r.planId(), r.planNumber(), r.planTitle(), r.year(), r.section(), r.number(),
                    r.content(), r.area(), r.directedBy(), lead.getOrDefault(id, List.of()),
                    coordinate.getOrDefault(id, List.of()), r.deadlineText(), r.deadlineKind(),
                    milestones.getOrDefault(id, List.of()), r.extendedDue(), r.output(), r.priority(), r.quarter(),
                    r.status(), r.review(), r.reviewReason(), r.percent(), r.completedOn(), r.demo(), r.planStatus(),
                    r.issuer(), r.sourceTaskId(), units.getOrDefault(id, List.of()), today));
        }
        return rows;
    }

    private static Map<TaskState, Long> zeros() {
        Map<TaskState, Long> m = new EnumMap<>(TaskState.class);
        for (TaskState s : TaskState.values()) {
            m.put(s, 0L);
        }
        return m;
    }

    private static UnitLine line(String kind, Long unitId, String name, Map<TaskState, Long> counts) {
        Map<TaskState, Long> m = zeros();
        counts.forEach((s, n) -> m.merge(s, n, Long::sum));
        return new UnitLine(kind, unitId, name, m, m.values().stream().mapToLong(Long::longValue).sum());
    }
}
