package vn.cchc.reformreport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.VietnameseDates;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Late-submission windows for a closed period, in the shape of the indicator reports' ones: the unit asks with a
 * reason (one open request at a time), the standing agency grants it until a day or refuses it, once.
 */
@Service
@Transactional(readOnly = true)
class LateWindows {

    enum Status { REQUESTED, GRANTED, REFUSED }

    record LateWindow(long id, long unitId, String periodKey, String reason, String requestedBy,
                      OffsetDateTime requestedAt, Status status, LocalDate grantedUntil, String decidedBy) {
    }

    private static final int MAX_REASON = 2000;

    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final AuditLog audit;
    private final Clock clock;

    LateWindows(JdbcClient jdbc, UnitAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    List<LateWindow> of(long unitId, String periodKey) {
        return jdbc.sql("select * from reform_report_window where unit_id = ? and period_key = ? order by id desc")
                .params(unitId, periodKey).query((rs, n) -> new LateWindow(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getString("period_key"), rs.getString("reason"), rs.getString("requested_by"),
                        rs.getObject("requested_at", OffsetDateTime.class), Status.valueOf(rs.getString("status")),
                        rs.getObject("granted_until", LocalDate.class), rs.getString("decided_by"))).list();
    }

    /** The last day a granted window lets the unit submit, or null. */
    LocalDate openUntil(long unitId, String periodKey) {
        return jdbc.sql("""
                        select max(granted_until) from reform_report_window
                        where unit_id = ? and period_key = ? and status = 'GRANTED'""")
                .params(unitId, periodKey).query(LocalDate.class).optional().orElse(null);
    }

    @Transactional
    void request(UnitRef unit, ReportPeriod period, String reason) {
        CchcUser user = CurrentUser.require();
        if (!access.canChange(unit.id())) {
            throw new AccessDeniedException("reformreport.error.notYourUnit");
        }
        if (!period.closedOn(LocalDate.now(clock))) {
            throw new ReformReportRefused("reformreport.error.windowNotNeeded", VietnameseDates.format(period.provinceDue()));
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new ReformReportRefused("reformreport.error.reasonRequired", MAX_REASON);
        }
        Long id = jdbc.sql("""
                        insert into reform_report_window (unit_id, period_key, reason, requested_by) values (?, ?, ?, ?)
                        on conflict (unit_id, period_key) where status = 'REQUESTED' do nothing returning id""")
                .params(unit.id(), period.key(), reason.strip(), user.username()).query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new ReformReportRefused("reformreport.error.windowPending");
        }
        audit.created("reform_report_window", id, Map.of("unit", unit.code(), "period", period.key(), "reason", reason.strip()),
                "Xin gia hạn gửi báo cáo CCHC " + period.key() + " của " + unit.code());
    }

    /** The standing agency's decision on a pending request: granted until {@code until}, or refused (until null). */
    @Transactional
    void decide(long windowId, boolean grant, LocalDate until) {
        CchcUser user = CurrentUser.require();
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("reformreport.error.onlyStandingAgency");
        }
        LateWindow w = jdbc.sql("select * from reform_report_window where id = ?").param(windowId)
                .query((rs, n) -> new LateWindow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("period_key"),
                        rs.getString("reason"), rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class),
                        Status.valueOf(rs.getString("status")), rs.getObject("granted_until", LocalDate.class),
                        rs.getString("decided_by"))).optional()
                .orElseThrow(() -> new ReformReportRefused("reformreport.error.noWindow"));
        if (w.unitId() == user.unitId() || w.requestedBy().equals(user.username())) {
            throw new ReformReportRefused("reformreport.error.ownWork");
        }
        if (grant && (until == null || until.isBefore(LocalDate.now(clock)))) {
            throw new ReformReportRefused("reformreport.error.grantUntil");
        }
        int changed = jdbc.sql("""
                        update reform_report_window set status = ?, granted_until = ?, decided_by = ?, decided_at = now()
                        where id = ? and status = 'REQUESTED'""")
                .params(grant ? "GRANTED" : "REFUSED", grant ? Date.valueOf(until) : null, user.username(), windowId).update();
        if (changed != 1) {
            throw new ReformReportRefused("reformreport.error.windowDecided");
        }
        audit.updated("reform_report_window", windowId, Map.of("status", "REQUESTED"),
                grant ? Map.of("status", "GRANTED", "until", until.toString()) : Map.of("status", "REFUSED"),
                (grant ? "Cho gia hạn" : "Từ chối gia hạn") + " gửi báo cáo CCHC " + w.periodKey());
    }
}
