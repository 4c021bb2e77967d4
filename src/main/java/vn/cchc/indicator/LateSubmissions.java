package vn.cchc.indicator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Late submission of a locked period's report: the unit's officer asks with a reason; the standing agency grants it
 * until a day (a lock exception naming the request, so the form opens as {@link Reports} reads locks, and locks again
 * after that day) or refuses it with a reason. Each decision is a guarded transition (one of two clicks wins), nobody
 * decides a request of their own unit, and every step is audited.
 */
@Service
@Transactional(readOnly = true)
public class LateSubmissions {

    static final String ENTITY = "ind_late_request";
    private static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Directory directory;
    private final UnitAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PeriodLabels labels;
    private final Clock clock;

    LateSubmissions(JdbcClient jdbc, Reports reports, Directory directory, UnitAccess access, AuditLog audit,
                    ApplicationEventPublisher events, PeriodLabels labels, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.labels = labels;
        this.clock = clock;
    }

    public enum Status { REQUESTED, GRANTED, REFUSED }

    /** A request as the pages show it. */
    public record Request(long id, UnitRef unit, String periodKey, String periodLabel, String reason, String requestedBy,
                          OffsetDateTime requestedAt, Status status, String decidedBy, String decisionReason,
                          LocalDate openUntil) {
    }

    /** The unit's officer asks to submit the period's report late; the form must be locked and not yet submitted. */
    @Transactional
    public long request(UnitRef unit, Period period, String reason) {
        CchcUser user = CurrentUser.require();
        if (!access.canChange(unit.id())) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.late.error.notYourUnit");
        }
        String why = required(reason, "indicator.late.error.reasonRequired");
        Optional<Reports.Stored> stored = reports.stored(unit.id(), period.key());
        LocalDate due = stored.map(Reports.Stored::dueOn).orElse(reports.dueOn(period));
        if (!reports.isLocked(due, reports.openUntil(unit.id(), period.key()))) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.late.error.notLocked", labels.label(period));
        }
        if (stored.map(s -> s.status() == ReportStatus.SUBMITTED || s.status() == ReportStatus.APPROVED).orElse(false)) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.late.error.submitted", labels.label(period));
        }
        Optional<Long> id = jdbc.sql("""
                        insert into ind_late_request (unit_id, period_key, reason, requested_by, requested_at)
                        values (?, ?, ?, ?, ?) on conflict (unit_id, period_key) where status = 'REQUESTED' do nothing
                        returning id""")
                .params(unit.id(), period.key(), why, user.username(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.late.error.pending", labels.label(period));
        }
        audit.created(ENTITY, id.get(), snapshot(unit, period.key(), Status.REQUESTED, why, null, null),
                "Xin nộp muộn báo cáo " + period.key() + " của " + unit.code());
        return id.get();
    }

    /** The standing agency lets the unit submit until {@code openUntil} (today or later). */
    @Transactional
    public void grant(long id, LocalDate openUntil, String note) {
        Request r = decidable(id);
        if (openUntil == null || openUntil.isBefore(LocalDate.now(clock))) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, "indicator.late.error.openUntil");
        }
        CchcUser user = CurrentUser.require();
        String why = note == null || note.isBlank() ? null : limited(note.strip());
        move(r, Status.GRANTED, user, why, openUntil);
        jdbc.sql("""
                        insert into ind_lock_exception (unit_id, period_key, open_until, reason, granted_by, late_request_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(r.unit().id(), r.periodKey(), Date.valueOf(openUntil), "Xin nộp muộn: " + r.reason(),
                        user.username(), id).update();
        events.publishEvent(new LateSubmissionGranted(id, r.unit().id(), r.periodKey(), openUntil, user.id()));
    }

    /** The standing agency refuses, with a reason the unit sees. */
    @Transactional
    public void refuse(long id, String reason) {
        Request r = decidable(id);
        move(r, Status.REFUSED, CurrentUser.require(), required(reason, "indicator.late.error.refusalReason"), null);
    }

    private Request decidable(long id) {
        if (!access.isStandingAgency()) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.late.error.onlyStandingAgency");
        }
        Request r = find(id).orElseThrow(() -> new IndicatorException(HttpStatus.NOT_FOUND, "indicator.late.error.notFound"));
        CchcUser user = CurrentUser.require();
        if (r.unit().id() == user.unitId() || r.requestedBy().equals(user.username())) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.late.error.ownRequest");
        }
        return r;
    }

    private void move(Request r, Status to, CchcUser user, String reason, LocalDate openUntil) {
        int moved = jdbc.sql("""
                        update ind_late_request set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?,
                               open_until = ? where id = ? and status = 'REQUESTED'""")
                .params(to.name(), user.username(), Timestamp.from(clock.instant()), reason,
                        openUntil == null ? null : Date.valueOf(openUntil), r.id()).update();
        if (moved == 0) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.late.error.decided");
        }
        audit.updated(ENTITY, r.id(), snapshot(r.unit(), r.periodKey(), Status.REQUESTED, r.reason(), null, null),
                snapshot(r.unit(), r.periodKey(), to, r.reason(), reason, openUntil),
                (to == Status.GRANTED ? "Cho nộp muộn báo cáo " : "Từ chối nộp muộn báo cáo ") + r.periodKey()
                        + " của " + r.unit().code());
    }

    public Optional<Request> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    /** One page of the requests waiting for a decision, oldest first. */
    public Page<Request> waiting(PageRequest page) {
        return Page.of(jdbc.sql(SELECT + " where status = 'REQUESTED' order by requested_at, id limit ? offset ?")
                .params(page.limitPlusOne(), page.offset()).query(this::row).list(), page);
    }

    public long waitingCount() {
        return jdbc.sql("select count(*) from ind_late_request where status = 'REQUESTED'").query(Long.class).single();
    }

    /** The unit's latest request for each period, by period key. */
    public Map<String, Request> latestOf(long unitId) {
        Map<String, Request> latest = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where unit_id = ? order by requested_at, id").param(unitId).query(this::row).list()
                .forEach(r -> latest.put(r.periodKey(), r));
        return latest;
    }

    private static final String SELECT = """
            select id, unit_id, period_key, reason, requested_by, requested_at, status, decided_by, decision_reason,
                   open_until from ind_late_request""";

    private Request row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long unitId = rs.getLong("unit_id");
        UnitRef unit = directory.findById(unitId).orElseThrow(() -> new IllegalStateException("no unit " + unitId));
        String key = rs.getString("period_key");
        return new Request(rs.getLong("id"), unit, key, labels.label(key), rs.getString("reason"),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class),
                Status.valueOf(rs.getString("status")), rs.getString("decided_by"), rs.getString("decision_reason"),
                rs.getObject("open_until", LocalDate.class));
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, key);
        }
        return limited(text.strip());
    }

    private static String limited(String text) {
        if (text.length() > MAX_REASON) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, "indicator.late.error.tooLong", String.valueOf(MAX_REASON));
        }
        return text;
    }

    private static Map<String, Object> snapshot(UnitRef unit, String period, Status status, String reason,
                                                String decisionReason, LocalDate openUntil) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unit.code());
        m.put("period", period);
        m.put("status", status.name());
        m.put("reason", reason);
        m.put("decisionReason", decisionReason);
        m.put("openUntil", openUntil == null ? null : openUntil.toString());
        return m;
    }
}
