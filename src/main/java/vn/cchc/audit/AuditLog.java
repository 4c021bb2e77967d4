package vn.cchc.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.time.ProvinceTime;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Records changes. Called inside the caller's transaction (MANDATORY), so a change and its
 * audit entry are committed together or not at all.
 */
@Service
public class AuditLog {

    static final String SYSTEM_ACTOR = "system";
    /** The logging context's key under which the web layer keeps the request's id. */
    private static final String REQUEST_ID = "requestId";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String entityType, Object entityId, Object after, String summary) {
        write(entityType, entityId, AuditAction.CREATE, null, after, summary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(String entityType, Object entityId, Object before, Object after, String summary) {
        write(entityType, entityId, AuditAction.UPDATE, before, after, summary);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String entityType, Object entityId, Object before, String summary) {
        write(entityType, entityId, AuditAction.DELETE, before, null, summary);
    }

    private void write(String entityType, Object entityId, AuditAction action, Object before, Object after,
                       String summary) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = SYSTEM_ACTOR;
        String unitCode = null;
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AuditActor a) {
            actor = a.username();
            unitCode = a.unitCode();
        } else if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName())) {
            actor = auth.getName();
        }
        jdbc.sql("""
                        insert into audit_entry (actor, actor_unit_code, address, entity_type, entity_id, action,
                                                 summary, before_value, after_value, request_id)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
                .params(actor, unitCode, clientAddress(), entityType, String.valueOf(entityId), action.name(),
                        summary, toJson(before), toJson(after), org.slf4j.MDC.get(REQUEST_ID))
                .update();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int limit, int offset) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor, actor_unit_code, address, entity_type, entity_id, action, summary,
                       before_value::text as before_value, after_value::text as after_value
                from audit_entry where 1 = 1""");
        List<Object> params = new ArrayList<>();
        where(filter, sql, params);
        sql.append(" order by id desc limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new AuditEntry(
                rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class),
                rs.getString("actor"), rs.getString("actor_unit_code"), rs.getString("address"),
                rs.getString("entity_type"), rs.getString("entity_id"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("summary"), rs.getString("before_value"), rs.getString("after_value"))).list();
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select count(*) from audit_entry where 1 = 1");
        List<Object> params = new ArrayList<>();
        where(filter, sql, params);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_entry order by 1").query(String.class).list();
    }

    private static void where(AuditFilter f, StringBuilder sql, List<Object> params) {
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" and actor ilike ?");
            params.add("%" + f.actor().trim() + "%");
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            sql.append(" and entity_type = ?");
            params.add(f.entityType());
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            sql.append(" and entity_id = ?");
            params.add(f.entityId().trim());
        }
        if (f.action() != null) {
            sql.append(" and action = ?");
            params.add(f.action().name());
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(startOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(startOf(f.to().plusDays(1)));
        }
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ProvinceTime.ZONE).toInstant());
    }
}
