package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.AgencyGroup;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads plans and tasks; a task's status from its lead units, concerned groups' picks, closing a plan. Publishing is {@link PlanPublication}. */
@Service
public class Plans {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AgencyGroups groups;
    private final Clock clock;

    Plans(JdbcClient jdbc, AuditLog audit, AgencyGroups groups, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.groups = groups;
        this.clock = clock;
    }

    public record Reference(String number, LocalDate date, String relation, Long planId) {
    }

    public record Target(String text, String metric, String comparator, java.math.BigDecimal value, String unit) {
    }

    public Optional<Long> findByIdentity(String identityKey) {
        return jdbc.sql("select id from plan where identity_key = ?").param(identityKey).query(Long.class).optional();
    }

    static AgencyGroup group(String name) {
        if (name == null) {
            return null;
        }
        try {
            return AgencyGroup.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The task's own status from its lead units': done when every lead unit is confirmed done (on the day the
     * last one finished), in progress when any has started; awaiting confirmation when any report waits, returned
     * when one was returned. A postponement or cancellation (approved for the whole task) stands.
     */
    void refresh(long taskId) {
        record Lead(String status, int percent, String review, String reason, LocalDate completedOn) {
        }
        List<Lead> leads = jdbc.sql("""
                        select status, percent, review, review_reason, completed_on from plan_task_assignee
                        where task_id = ? and role = 'LEAD' order by updated_at desc""")
                .param(taskId)
                .query((rs, n) -> new Lead(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
        if (leads.isEmpty()) {
            return;
        }
        boolean allDone = leads.stream().allMatch(l -> l.status().equals("DONE"));
        boolean started = leads.stream().anyMatch(l -> !l.status().equals("NOT_STARTED"));
        String status = allDone ? "DONE" : started ? "IN_PROGRESS" : "NOT_STARTED";
        int percent = (int) Math.round(leads.stream().mapToInt(Lead::percent).average().orElse(0));
        LocalDate completed = allDone ? leads.stream().map(Lead::completedOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null) : null;
        Lead returned = leads.stream().filter(l -> l.review().equals("RETURNED")).findFirst().orElse(null);
        String review = leads.stream().anyMatch(l -> l.review().equals("AWAITING")) ? "AWAITING"
                : returned != null ? "RETURNED" : "NONE";
        jdbc.sql("""
                        update plan_task set status = case when status in ('POSTPONED', 'CANCELLED') then status else ? end,
                            percent = ?, completed_on = ?, review = ?, review_reason = ?, updated_at = now() where id = ?""")
                .params(status, percent, completed, review, "RETURNED".equals(review) ? returned.reason() : null, taskId)
                .update();
    }

    /** A concerned group's units as the standing agency picks them on the task page; audited. */
    @Transactional
    public void pick(long taskId, String role, int position, java.util.Collection<Long> unitIds) {
        Map<String, Object> row = jdbc.sql("select name, agency_group from plan_task_unit where task_id = ? and role = ? and position = ?")
                .params(taskId, role, position).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        AgencyGroup g = group((String) row.get("agency_group"));
        if (g == null || !g.concerned()) {
            throw new PlanRuleException("plan.error.notConcerned");
        }
        java.util.Set<Long> allowed = new java.util.HashSet<>(groups.candidates(g).stream().map(vn.cchc.directory.UnitRef::id).toList());
        if (!allowed.containsAll(unitIds)) {
            throw new PlanRuleException("plan.error.notCandidate");
        }
        List<Long> before = picked(taskId, role, position);
        jdbc.sql("""
                        delete from plan_task_assignee where task_id = ? and role = ? and source = 'PICKED' and source_position = ?
                          and status = 'NOT_STARTED' and review = 'NONE'""")
                .params(taskId, role, position).update();
        for (long unit : new java.util.LinkedHashSet<>(unitIds)) {
            jdbc.sql("""
                            insert into plan_task_assignee (task_id, role, unit_id, source, source_position)
                            values (?, ?, ?, 'PICKED', ?) on conflict (task_id, role, unit_id) do nothing""")
                    .params(taskId, role, unit, position).update();
        }
        refresh(taskId);
        audit.updated("plan_task", taskId, Map.of("group", row.get("name"), "role", role, "units", before),
                Map.of("group", row.get("name"), "role", role, "units", picked(taskId, role, position)),
                "Chọn đơn vị cho \"" + row.get("name") + "\"");
    }

    List<Long> picked(long taskId, String role, int position) {
        return jdbc.sql("select unit_id from plan_task_assignee where task_id = ? and role = ? and source = 'PICKED' and source_position = ? order by unit_id")
                .params(taskId, role, position).query(Long.class).list();
    }

    /** A concerned group named on a task, with the units picked for it so far. */
    public record ConcernedGroup(String role, int position, String name, AgencyGroup group, List<Long> picked) {
    }

    @Transactional(readOnly = true)
    public List<ConcernedGroup> concernedGroups(long taskId) {
        return jdbc.sql("select role, position, name, agency_group from plan_task_unit where task_id = ? and agency_group is not null order by role desc, position")
                .param(taskId)
                .query((rs, n) -> new ConcernedGroup(rs.getString(1), rs.getInt(2), rs.getString(3), group(rs.getString(4)), List.of()))
                .list().stream().filter(c -> c.group() != null && c.group().concerned())
                .map(c -> new ConcernedGroup(c.role(), c.position(), c.name(), c.group(), picked(taskId, c.role(), c.position())))
                .toList();
    }

    /** The standing agency closes a plan (its follow-up ends), giving the reason; audited. */
    @Transactional
    public void close(long planId, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new PlanRuleException("plan.error.reasonRequired");
        }
        Map<String, Object> before = planAudit(planId);
        if (!"ISSUED".equals(before.get("status"))) {
            throw new PlanRuleException("plan.error.notIssued");
        }
        jdbc.sql("update plan set status = 'CLOSED', closed_reason = ?, closed_by = ?, closed_at = now(), updated_at = now() where id = ?")
                .params(reason.strip(), by, planId).update();
        Map<String, Object> after = planAudit(planId);
        after.put("closed_reason", reason.strip());
        audit.updated("plan", planId, before, after, "Kết thúc kế hoạch: " + reason.strip());
    }

    Optional<Long> planIdByNumber(String number) {
        if (number == null || number.isBlank() || number.startsWith("/")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from plan where lower(replace(doc_number, ' ', '')) = lower(replace(?, ' ', '')) order by id limit 1")
                .param(number).query(Long.class).optional();
    }

    Map<String, Object> planAudit(long planId) {
        Map<String, Object> m = new LinkedHashMap<>(jdbc.sql("""
                        select doc_number, doc_type, title, issuer, issued_on::text as issued_on, year, status,
                               (select count(*) from plan_task t where t.plan_id = p.id) as tasks,
                               (select count(*) from plan_target t where t.plan_id = p.id) as targets
                        from plan p where id = ?""")
                .param(planId).query().singleRow());
        return m;
    }

    // ---------------------------------------------------------------- reads

    private static final String PLAN_SELECT = """
            select p.id, p.doc_number, p.doc_type, p.title, p.issuer, p.place, p.issued_on, p.signer, p.signer_title, p.year,
                   p.theme, p.purposes, p.requirements, p.status, p.replaced_by_id, r.doc_number as replaced_by_number,
                   p.parent_plan_id, pp.doc_number as parent_number, p.demo,
                   (select count(*) from plan_task t where t.plan_id = p.id) as task_count,
                   p.owner_unit_id, p.closed_reason, p.closed_by
            from plan p left join plan r on r.id = p.replaced_by_id left join plan pp on pp.id = p.parent_plan_id""";

    @Transactional(readOnly = true)
    public List<PlanSummary> plans(Integer year) {
        if (year == null) {
            return jdbc.sql(PLAN_SELECT + " order by p.year desc nulls last, p.issued_on desc nulls last, p.id")
                    .query(Plans::summary).list();
        }
        return jdbc.sql(PLAN_SELECT + " where p.year = ? order by p.issued_on desc nulls last, p.id").param(year)
                .query(Plans::summary).list();
    }

    /** One page of the plans (each unit's cascaded drafts included: up to one per unit and plan). */
    @Transactional(readOnly = true)
    public Page<PlanSummary> plans(Integer year, PageRequest page) {
        return Page.of(jdbc.sql(PLAN_SELECT + " where (cast(? as integer) is null or p.year = ?)"
                        + " order by p.year desc nulls last, p.issued_on desc nulls last, p.id limit ? offset ?")
                .params(year, year, page.limitPlusOne(), page.offset()).query(Plans::summary).list(), page);
    }

    @Transactional(readOnly = true)
    public Optional<PlanSummary> plan(long id) {
        return jdbc.sql(PLAN_SELECT + " where p.id = ?").param(id).query(Plans::summary).optional();
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> children(long id) {
        return jdbc.sql(PLAN_SELECT + " where p.parent_plan_id = ? order by p.issued_on, p.id").param(id)
                .query(Plans::summary).list();
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("select distinct year from plan where year is not null order by year desc").query(Integer.class).list();
    }

    @Transactional(readOnly = true)
    public List<Reference> references(long planId) {
        return jdbc.sql("""
                        select r.doc_number, r.ref_date, r.relation,
                               (select p.id from plan p where p.id <> r.plan_id
                                  and lower(replace(p.doc_number, ' ', '')) = lower(replace(r.doc_number, ' ', '')) limit 1) as target
                        from plan_reference r where r.plan_id = ? order by r.position""")
                .param(planId)
                .query((rs, n) -> new Reference(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        (Long) rs.getObject(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Target> targets(long planId) {
        return jdbc.sql("select text, metric, comparator, value, unit from plan_target where plan_id = ? order by position")
                .param(planId)
                .query((rs, n) -> new Target(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5)))
                .list();
    }

    static PlanSummary summary(ResultSet rs, int n) throws SQLException {
        return new PlanSummary(rs.getLong("id"), rs.getString("doc_number"), rs.getString("doc_type"),
                rs.getString("title"), rs.getString("issuer"), rs.getString("place"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("signer"), rs.getString("signer_title"),
                (Integer) rs.getObject("year"), rs.getString("theme"), rs.getString("purposes"),
                rs.getString("requirements"), rs.getString("status"), (Long) rs.getObject("replaced_by_id"),
                rs.getString("replaced_by_number"), (Long) rs.getObject("parent_plan_id"), rs.getString("parent_number"),
                rs.getBoolean("demo"), rs.getLong("task_count"), (Long) rs.getObject("owner_unit_id"),
                rs.getString("closed_reason"), rs.getString("closed_by"));
    }

    /** Tasks matching the filter, in plan and document order, with their state as of today. */
    @Transactional(readOnly = true)
    public List<TaskRow> tasks(TaskFilter f) {
        return tasks(f, LocalDate.now(clock));
    }

    List<TaskRow> tasks(TaskFilter f, LocalDate today) {
        return tasks(f, today, null);
    }

    /** Tasks copied into units' plans from this one (the cascade), drafts included, with their progress. */
    @Transactional(readOnly = true)
    public List<TaskRow> childTasks(long taskId) {
        return tasks(TaskFilter.all(), LocalDate.now(clock), " and t.source_task_id = ?", taskId);
    }

    /** One part of a plan's tasks (a section, a quarter, a month) as the SQL condition on {@code t} picks it. */
    @Transactional(readOnly = true)
    List<TaskRow> tasksOfPlan(long planId, String condition, Object... params) {
        return tasks(TaskFilter.ofPlan(planId), LocalDate.now(clock), condition, params);
    }

    private List<TaskRow> tasks(TaskFilter f, LocalDate today, String extra, Object... extraParams) {
        StringBuilder sql = new StringBuilder("""
                select t.id, t.plan_id, p.doc_number, p.title, p.year, t.section, t.number, t.content, t.area, t.directed_by,
                       t.deadline_text, t.deadline_kind, t.extended_due, t.output, t.priority, t.quarter, t.status, t.review,
                       t.review_reason, t.percent, t.completed_on, p.demo, p.status as plan_status, p.issuer, t.source_task_id
                from plan_task t join plan p on p.id = t.plan_id where 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (extra != null) {
            sql.append(extra);
            params.addAll(List.of(extraParams));
        } else if (f.taskId() == null && f.planId() == null) {
            // A unit's draft plan is its own business until issued: lists, boards and counts leave it out.
            sql.append(" and p.status <> 'DRAFT'");
        }
        if (f.taskId() != null) {
            sql.append(" and t.id = ?");
            params.add(f.taskId());
        }
        if (f.planId() != null) {
            sql.append(" and t.plan_id = ?");
            params.add(f.planId());
        }
        if (f.year() != null) {
            sql.append(" and p.year = ?");
            params.add(f.year());
        }
        if (f.area() != null && !f.area().isBlank()) {
            sql.append(" and t.area = ?");
            params.add(f.area());
        }
        if (Boolean.TRUE.equals(f.priority())) {
            sql.append(" and t.priority");
        }
        if (f.units() != null) {
            if (f.units().isEmpty()) {
                return List.of();
            }
            sql.append(" and exists (select 1 from plan_task_assignee u where u.task_id = t.id and u.role = 'LEAD' and u.unit_id = any(?))");
            params.add(new SqlArrayValue("bigint", f.units().toArray()));
        }
        sql.append(" order by p.year desc nulls last, p.id, t.position");
        record Raw(long id, long planId, String planNumber, String planTitle, Integer year, String section, String number,
                   String content, String area, String directedBy, String deadlineText, String deadlineKind,
                   LocalDate extendedDue, String output, boolean priority, Integer quarter, String status, String review,
                   String reviewReason, int percent, LocalDate completedOn, boolean demo, String planStatus,
                   String issuer, Long sourceTaskId) {
        }
        List<Raw> raws = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Raw(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getObject(13, LocalDate.class), rs.getString(14), rs.getBoolean(15), (Integer) rs.getObject(16),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getInt(20), rs.getObject(21, LocalDate.class),
                rs.getBoolean(22), rs.getString(23), rs.getString(24), (Long) rs.getObject(25))).list();
        if (raws.isEmpty()) {
            return List.of();
        }
        SqlArrayValue ids = new SqlArrayValue("bigint", raws.stream().map(Raw::id).toArray());
        Map<Long, List<PlanDraft.Agency>> lead = new HashMap<>();
        Map<Long, List<PlanDraft.Agency>> coordinate = new HashMap<>();
        jdbc.sql("select task_id, role, name, unit_id, agency_group from plan_task_unit where task_id = any(?) order by task_id, role, position")
                .param(ids).query((rs, n) -> {
                    Map<Long, List<PlanDraft.Agency>> target = "LEAD".equals(rs.getString(2)) ? lead : coordinate;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlanDraft.Agency(rs.getString(3), (Long) rs.getObject(4), rs.getString(5)));
                    return null;
                }).list();
        record Assigned(long unitId, String name, String source, String status, String review, String reason, int percent,
                        LocalDate completedOn) {
        }
        Map<Long, List<Assigned>> assigned = new HashMap<>();
        jdbc.sql("""
                        select a.task_id, a.unit_id, u.name, a.source, a.status, a.review, a.review_reason, a.percent, a.completed_on
                        from plan_task_assignee a join unit u on u.id = a.unit_id
                        where a.role = 'LEAD' and a.task_id = any(?)
                        order by a.task_id, case a.source when 'NAMED' then 0 else 1 end, a.source_position, u.name collate vi""")
                .param(ids).query((rs, n) -> assigned.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Assigned(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getInt(8), rs.getObject(9, LocalDate.class))))
                .list();
        Map<Long, List<PlanDraft.Due>> milestones = new HashMap<>();
        jdbc.sql("select task_id, due, precision from plan_task_milestone where task_id = any(?) order by task_id, due")
                .param(ids).query((rs, n) -> milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PlanDraft.Due(rs.getObject(2, LocalDate.class), rs.getString(3)))).list();
        List<TaskRow> rows = new ArrayList<>();
        for (Raw r : raws) {
            TaskRow row = TaskRow.of(r.id(), r.planId(), r.planNumber(), r.planTitle(), r.year(), r.section(), r.number(),
                    r.content(), r.area(), r.directedBy(), lead.getOrDefault(r.id(), List.of()),
                    coordinate.getOrDefault(r.id(), List.of()), r.deadlineText(), r.deadlineKind(),
                    milestones.getOrDefault(r.id(), List.of()), r.extendedDue(), r.output(), r.priority(), r.quarter(),
                    r.status(), r.review(), r.reviewReason(), r.percent(), r.completedOn(), r.demo(), r.planStatus(),
                    r.issuer(), r.sourceTaskId(), assigned.getOrDefault(r.id(), List.of()).stream()
                            .map(a -> new TaskRow.UnitProgress(a.unitId(), a.name(), a.source(), a.status(), a.review(),
                                    a.reason(), a.percent(), a.completedOn()))
                            .toList(), today);
            if (f.state() != null && row.state() != f.state()) {
                continue;
            }
            if (f.dueFrom() != null && (row.due() == null || row.due().isBefore(f.dueFrom()))) {
                continue;
            }
            if (f.dueTo() != null && (row.due() == null || row.due().isAfter(f.dueTo()))) {
                continue;
            }
            rows.add(row);
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public Optional<TaskRow> task(long id) {
        return tasks(TaskFilter.ofTask(id)).stream().findFirst();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
