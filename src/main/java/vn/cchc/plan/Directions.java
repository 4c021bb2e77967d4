package vn.cchc.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Leaders' directions (ý kiến chỉ đạo) on tasks. A leader who follows one of a task's lead units writes one for that
 * unit; the unit's officers acknowledge it ("Đã tiếp nhận") once. Both writes are audited in their transaction; the
 * acknowledgement is an update conditioned on the direction being still open, so a double click acts once.
 */
@Service
public class Directions {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Plans store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Directions(JdbcClient jdbc, AuditLog audit, UnitAccess access, Plans store, ApplicationEventPublisher events,
               Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** One direction with its task, as the task page, "my tasks" and the leader's view show it. */
    public record Direction(long id, long taskId, String taskNumber, String taskContent, long unitId, String unitName,
                            String text, LocalDate due, String givenBy, String givenByName, OffsetDateTime givenAt,
                            LocalDate givenOn, String acknowledgedBy, OffsetDateTime acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    /**
     * Writes a direction on the task for one of its lead units; the key is the form's one-time key, so the same form
     * sent twice stores one direction. Returns the direction's id.
     */
    @Transactional
    public long give(long taskId, long unitId, String text, LocalDate due, UUID key) {
        CchcUser leader = CurrentUser.require();
        if (!leader.has(Role.LEADER) || !access.follows(unitId)) {
            throw new AccessDeniedException("Chỉ lãnh đạo theo dõi đơn vị này được ghi ý kiến chỉ đạo cho đơn vị.");
        }
        TaskRow task = store.task(taskId).orElseThrow(() -> new PlanRuleException("plan.error.notFound"));
        if (task.unit(unitId).isEmpty()) {
            throw new PlanRuleException("plan.direction.error.notLead");
        }
        if (!task.followed()) {
            throw new PlanRuleException("plan.error.planClosed");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw new PlanRuleException("plan.direction.error.text");
        }
        LocalDate today = LocalDate.now(clock);
        if (due != null && due.isBefore(today)) {
            throw new PlanRuleException("plan.direction.error.due");
        }
        if (key == null) {
            throw new PlanRuleException("plan.direction.error.key");
        }
        Optional<Long> id = jdbc.sql("""
                        insert into task_direction (task_id, unit_id, text, due, given_by, given_by_name, given_at,
                                                    given_on, form_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (form_key) do nothing returning id""")
                .params(taskId, unitId, body, due, leader.username(), leader.fullName(),
                        Timestamp.from(clock.instant()), today, key)
                .query(Long.class).optional();
        if (id.isEmpty()) {
            // The same form again (a double click): the first one stored it.
            return jdbc.sql("select id from task_direction where form_key = ?").param(key).query(Long.class).single();
        }
        audit.created("task_direction", id.get(), snapshot(id.get()),
                "Ý kiến chỉ đạo nhiệm vụ " + task.number() + " cho " + task.unit(unitId).get().name());
        events.publishEvent(new DirectionGiven(id.get(), taskId, task.number(), unitId, leader.id(), leader.fullName(),
                due));
        return id.get();
    }

    /** Whether the signed-in user may acknowledge directions addressed to this unit: one of its own officers. */
    public boolean canAcknowledge(long unitId) {
        return CurrentUser.get().map(u -> u.unitId() == unitId && access.canChange(unitId)).orElse(false);
    }

    /** "Đã tiếp nhận": an officer of the addressed unit acknowledges the direction, once; returns its task's id. */
    @Transactional
    public long acknowledge(long directionId) {
        Direction d = find(directionId).orElseThrow(() -> new PlanRuleException("plan.direction.error.notFound"));
        CchcUser officer = CurrentUser.require();
        if (!canAcknowledge(d.unitId())) {
            throw new AccessDeniedException("Chỉ cán bộ của đơn vị nhận ý kiến chỉ đạo được xác nhận đã tiếp nhận.");
        }
        if (officer.username().equals(d.givenBy())) {
            throw new PlanRuleException("plan.direction.error.own");
        }
        Map<String, Object> before = snapshot(directionId);
        int moved = jdbc.sql("""
                        update task_direction set acknowledged_by = ?, acknowledged_at = ?
                        where id = ? and acknowledged_at is null""")
                .params(officer.username(), Timestamp.from(clock.instant()), directionId).update();
        if (moved == 0) {
            throw new PlanRuleException("plan.direction.error.acknowledged");
        }
        audit.updated("task_direction", directionId, before, snapshot(directionId),
                "Đã tiếp nhận ý kiến chỉ đạo nhiệm vụ " + d.taskNumber());
        return d.taskId();
    }

    @Transactional(readOnly = true)
    public Optional<Direction> find(long id) {
        return select("where d.id = ?", List.of(id), 1).stream().findFirst();
    }

    /** The task's directions, newest first (a task gets a handful). */
    @Transactional(readOnly = true)
    public List<Direction> onTask(long taskId) {
        return select("where d.task_id = ?", List.of(taskId), 200);
    }

    /** A unit's directions not yet acknowledged, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Direction> openFor(long unitId, int limit) {
        return select("where d.unit_id = ? and d.acknowledged_at is null", List.of(unitId), limit);
    }

    /**
     * The directions to these units still not acknowledged that were given on or before {@code givenOnOrBefore},
     * oldest first, at most {@code limit}: one statement whatever the number of units.
     */
    @Transactional(readOnly = true)
    public List<Direction> waitingSince(Collection<Long> unitIds, LocalDate givenOnOrBefore, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return select("where d.unit_id = any(?) and d.acknowledged_at is null and d.given_on <= ?",
                List.of(unitIds.toArray(Long[]::new), givenOnOrBefore), limit);
    }

    private List<Direction> select(String where, List<Object> params, int limit) {
        String order = where.contains("acknowledged_at is null") ? "d.given_at, d.id" : "d.given_at desc, d.id desc";
        return jdbc.sql("""
                        select d.id, d.task_id, t.number, t.content, d.unit_id, u.name as unit_name, d.text, d.due,
                               d.given_by, d.given_by_name, d.given_at, d.given_on, d.acknowledged_by, d.acknowledged_at
                        from task_direction d join plan_task t on t.id = d.task_id join unit u on u.id = d.unit_id
                        """ + where + " order by " + order + " limit " + Math.max(1, Math.min(limit, 200)))
                .params(params)
                .query((rs, n) -> new Direction(rs.getLong("id"), rs.getLong("task_id"), rs.getString("number"),
                        rs.getString("content"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("text"),
                        rs.getObject("due", LocalDate.class), rs.getString("given_by"), rs.getString("given_by_name"),
                        rs.getObject("given_at", OffsetDateTime.class), rs.getObject("given_on", LocalDate.class),
                        rs.getString("acknowledged_by"), rs.getObject("acknowledged_at", OffsetDateTime.class)))
                .list();
    }

    private Map<String, Object> snapshot(long id) {
        Direction d = find(id).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskId", d.taskId());
        m.put("unitId", d.unitId());
        m.put("text", d.text());
        m.put("due", d.due());
        m.put("givenBy", d.givenBy());
        m.put("acknowledgedBy", d.acknowledgedBy());
        m.put("acknowledgedAt", d.acknowledgedAt());
        return m;
    }
}
