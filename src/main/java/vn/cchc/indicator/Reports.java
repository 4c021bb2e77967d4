package vn.cchc.indicator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitKind;
import vn.cchc.directory.UnitQuery;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reporting forms: a unit enters its values for a period, saves and submits them; the standing agency
 * approves or returns them. A form locks on its due date (period end + the due rule's days) unless an
 * administrator opened it again for that unit; approved data is locked for good.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** Units that send periodic CCHC reports: departments, communes and wards. */
    static final List<UnitKind> REPORTING_KINDS = List.of(UnitKind.DEPARTMENT, UnitKind.COMMUNE, UnitKind.WARD);

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final Directory directory;
    private final UnitAccess access;
    private final AuditLog audit;
    private final IndicatorReports reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reports(JdbcClient jdbc, Catalogue catalogue, Directory directory, UnitAccess access, AuditLog audit,
                  IndicatorReports reports, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.reports = reports;
        this.events = events;
        this.catalogue = catalogue;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    record Stored(long id, long unitId, String periodKey, ReportStatus status, LocalDate dueOn,
                  OffsetDateTime submittedAt, String submittedBy, OffsetDateTime decidedAt, String decidedBy,
                  String returnReason) {

        IndicatorReport report() {
            return new IndicatorReport(id, unitId, periodKey, status, submittedBy);
        }
    }

    /** The audit trail's view of a form: state and values by indicator code. */
    record Snapshot(String unit, String period, ReportStatus status, Map<String, Entry> values, String returnReason) {
    }

    public LocalDate dueOn(Period period) {
        return period.end().plusDays(catalogue.dueDays(period.type()));
    }

    /** Units expected to report for the period: those of the reporting kinds that exist at its end. */
    public List<UnitRef> expectedUnits(Period period) {
        LocalDate day = period.end().isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : period.end();
        // one statement for the kinds, not three (a unit's aliases and successors) per kind: the board asks for five periods
        return directory.existingOn(REPORTING_KINDS, day);
    }

    public ReportForm form(UnitRef unit, Period period) {
        Optional<Stored> stored = readable(unit, period);
        Map<Long, Entry> values = stored.map(s -> values(s.id())).orElse(Map.of());
        return build(unit, period, stored, values);
    }

    /** The form with entered values that were not saved (shown again with their errors). */
    public ReportForm preview(UnitRef unit, Period period, Map<String, Entry> entries) {
        Map<Long, Entry> values = new HashMap<>();
        catalogue.form(period.type()).forEach(i -> {
            Entry e = entries.get(i.code());
            if (e != null) {
                values.put(i.id(), e);
            }
        });
        return build(unit, period, readable(unit, period), values);
    }

    /** A draft (or a returned report under correction) is read only by its unit, the standing agency and its leaders. */
    private Optional<Stored> readable(UnitRef unit, Period period) {
        Optional<Stored> stored = stored(unit.id(), period.key());
        if (stored.map(s -> s.report().unsubmitted()).orElse(false) && !access.canReadUnsubmitted(unit.id())) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.error.draftPrivate", unit.name());
        }
        return stored;
    }

    private ReportForm build(UnitRef unit, Period period, Optional<Stored> stored, Map<Long, Entry> values) {
        ReportStatus status = stored.map(Stored::status).orElse(ReportStatus.NOT_STARTED);
        LocalDate due = stored.map(Stored::dueOn).orElse(dueOn(period));
        LocalDate openUntil = openUntil(unit.id(), period.key());
        boolean locked = isLocked(due, openUntil);
        boolean canEdit = access.canChange(unit.id()) && !locked
                && (status == ReportStatus.NOT_STARTED || status == ReportStatus.DRAFT || status == ReportStatus.RETURNED);
        boolean ownWork = CurrentUser.get().map(u -> u.unitId() == unit.id()
                || u.username().equals(stored.map(Stored::submittedBy).orElse(null))).orElse(false);
        boolean reviewer = (access.isStandingAgency() || access.follows(unit.id())) && status == ReportStatus.SUBMITTED;
        boolean canDecide = reviewer && !ownWork;
        List<Target> targets = catalogue.targets();
        List<ReportForm.Row> rows = new ArrayList<>();
        for (Indicator i : catalogue.form(period.type())) {
            Entry e = values.getOrDefault(i.id(), new Entry(null, null, null));
            BigDecimal value = ReportChecks.valueOf(i, e);
            Target target = Catalogue.applicable(targets, i.id(), period.year(), unit).orElse(null);
            Achievement achievement = value == null ? Achievement.NO_DATA : target == null ? Achievement.NO_TARGET
                    : target.met(value) ? Achievement.ACHIEVED : Achievement.MISSED;
            rows.add(new ReportForm.Row(i, e.numerator(), e.denominator(), e.comment(), value, target, achievement,
                    historyMean(unit.id(), i, period)));
        }
        return new ReportForm(unit, period, stored.map(Stored::id).orElse(null), status, due, locked, openUntil, canEdit,
                canDecide, reviewer && ownWork, stored.map(Stored::submittedAt).orElse(null), stored.map(Stored::submittedBy).orElse(null),
                stored.map(Stored::decidedAt).orElse(null), stored.map(Stored::decidedBy).orElse(null),
                stored.map(Stored::returnReason).orElse(null), rows);
    }

    boolean isLocked(LocalDate due, LocalDate openUntil) {
        return isLocked(due, openUntil, LocalDate.now(clock));
    }

    /** Locked after its due day, unless a granted late submission keeps it open until a later day. */
    static boolean isLocked(LocalDate due, LocalDate openUntil, LocalDate today) {
        return today.isAfter(due) && (openUntil == null || today.isAfter(openUntil));
    }

    /** Saves a draft: values are checked for consistency, completeness is not required yet. */
    @Transactional
    public ReportForm save(UnitRef unit, Period period, Map<String, Entry> entries) {
        return write(unit, period, entries, false);
    }

    /** Saves and submits: every value required, a comment where a target is missed. */
    @Transactional
    public ReportForm submit(UnitRef unit, Period period, Map<String, Entry> entries) {
        return write(unit, period, entries, true);
    }

    /** Warnings that do not block: values far from the unit's own history. */
    public List<Problem> warnings(ReportForm form) {
        List<Problem> warnings = new ArrayList<>();
        for (ReportForm.Row r : form.rows()) {
            if (r.value() != null && r.historyMean() != null && ReportChecks.farFrom(r.value(), r.historyMean(), r.indicator())) {
                warnings.add(new Problem(r.indicator().code(), "indicator.warning.farFromHistory",
                        new Object[]{r.indicator().name(), ReportChecks.plain(r.value()), ReportChecks.plain(r.historyMean())}));
            }
        }
        return warnings;
    }

    private ReportForm write(UnitRef unit, Period period, Map<String, Entry> entries, boolean submit) {
        CchcUser user = CurrentUser.require();
        if (!access.canChange(unit.id())) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.error.notYourUnit");
        }
        Optional<Stored> before = stored(unit.id(), period.key());
        ReportStatus status = before.map(Stored::status).orElse(ReportStatus.NOT_STARTED);
        IndicatorReport current = before.map(Stored::report).orElse(IndicatorReport.notStarted(unit.id(), period.key()));
        IndicatorReport moved = submit ? current.submit(user) : current.save();
        LocalDate due = before.map(Stored::dueOn).orElse(dueOn(period));
        if (isLocked(due, openUntil(unit.id(), period.key()))) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.error.locked", due.toString());
        }
        List<Indicator> form = catalogue.form(period.type());
        if (form.isEmpty()) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, "indicator.error.noForm");
        }
        List<Target> targets = catalogue.targets();
        List<Problem> errors = new ArrayList<>();
        Map<Long, Entry> clean = new LinkedHashMap<>();
        for (String code : entries.keySet()) {
            if (form.stream().noneMatch(i -> i.code().equals(code))) {
                errors.add(new Problem(code, "indicator.error.notInForm", new Object[]{code}));
            }
        }
        for (Indicator i : form) {
            Entry e = ReportChecks.normalise(entries.getOrDefault(i.code(), new Entry(null, null, null)));
            ReportChecks.check(i, e, submit, Catalogue.applicable(targets, i.id(), period.year(), unit).orElse(null), errors);
            clean.put(i.id(), e);
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        Map<Long, Entry> oldValues = before.map(s -> values(s.id())).orElse(Map.of());
        ReportStatus next = moved.status();
        long id;
        if (before.isEmpty()) {
            id = reports.create(moved, period, due, user.username());
        } else {
            id = before.get().id();
            reports.edit(current, moved, user.username());
            jdbc.sql("delete from ind_report_value where report_id = ?").param(id).update();
        }
        for (Map.Entry<Long, Entry> v : clean.entrySet()) {
            Entry e = v.getValue();
            if (e.blank() && (e.comment() == null)) {
                continue;
            }
            jdbc.sql("insert into ind_report_value (report_id, indicator_id, numerator, denominator, comment) values (?, ?, ?, ?, ?)")
                    .params(id, v.getKey(), e.numerator(), e.denominator(), e.comment()).update();
        }
        Snapshot after = snapshot(unit, period, next, clean, null);
        String summary = (submit ? "Gửi báo cáo " : "Lưu báo cáo ") + period.key() + " của " + unit.code();
        if (before.isEmpty()) {
            audit.created("ind_report", id, after, summary);
        } else {
            audit.updated("ind_report", id, snapshot(unit, period, status, oldValues, before.get().returnReason()), after, summary);
        }
        if (submit) {
            events.publishEvent(new ReportSubmitted(id, unit.id(), period.key(), user.id()));
        }
        return form(unit, period);
    }

    @Transactional
    public ReportForm approve(UnitRef unit, Period period) {
        return decide(unit, period, ReportStatus.APPROVED, null);
    }

    @Transactional
    public ReportForm returnForCorrection(UnitRef unit, Period period, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, "indicator.error.reasonRequired");
        }
        return decide(unit, period, ReportStatus.RETURNED, reason.strip());
    }

    /** The standing agency decides; a leader who follows the unit decides too (so the standing agency's own report). */
    private ReportForm decide(UnitRef unit, Period period, ReportStatus next, String reason) {
        if (!access.isStandingAgency() && !access.follows(unit.id())) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.error.onlyStandingAgency");
        }
        Stored s = stored(unit.id(), period.key()).orElseThrow(() ->
                new IndicatorException(HttpStatus.NOT_FOUND, "indicator.error.noReport"));
        CchcUser user = CurrentUser.require();
        IndicatorReport decided = next == ReportStatus.APPROVED ? s.report().approve(user) : s.report().returnForCorrection(user);
        reports.decide(s.report(), decided, user.username(), reason);
        Map<Long, Entry> values = values(s.id());
        audit.updated("ind_report", s.id(), snapshot(unit, period, s.status(), values, s.returnReason()),
                snapshot(unit, period, next, values, reason),
                (next == ReportStatus.APPROVED ? "Duyệt báo cáo " : "Trả lại báo cáo ") + period.key() + " của " + unit.code());
        events.publishEvent(next == ReportStatus.APPROVED ? new ReportApproved(s.id(), unit.id(), period.key(), user.id())
                : new ReportReturned(s.id(), unit.id(), period.key(), user.id(), reason));
        return form(unit, period);
    }

    /** An administrator reopens a locked form for one unit until a date. */
    @Transactional
    public void grantException(UnitRef unit, Period period, LocalDate openUntil, String reason) {
        CchcUser user = CurrentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new IndicatorException(HttpStatus.FORBIDDEN, "indicator.error.onlyAdmin");
        }
        if (openUntil == null || openUntil.isBefore(LocalDate.now(clock)) || reason == null || reason.isBlank()) {
            throw new IndicatorException(HttpStatus.BAD_REQUEST, "indicator.error.exceptionInvalid");
        }
        long id = jdbc.sql("""
                        insert into ind_lock_exception (unit_id, period_key, open_until, reason, granted_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(unit.id(), period.key(), Date.valueOf(openUntil), reason.strip(), user.username())
                .query(Long.class).single();
        audit.created("ind_lock_exception", id, Map.of("unit", unit.code(), "period", period.key(),
                "openUntil", openUntil.toString(), "reason", reason.strip()),
                "Mở khóa báo cáo " + period.key() + " của " + unit.code() + " đến " + openUntil);
    }

    LocalDate openUntil(long unitId, String periodKey) {
        return jdbc.sql("select max(open_until) from ind_lock_exception where unit_id = ? and period_key = ?")
                .params(unitId, periodKey).query(LocalDate.class).optional().orElse(null);
    }

    Optional<Stored> stored(long unitId, String periodKey) {
        return jdbc.sql("""
                        select id, unit_id, period_key, status, due_on, submitted_at, submitted_by, decided_at, decided_by,
                               return_reason from ind_report where unit_id = ? and period_key = ?""")
                .params(unitId, periodKey)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("period_key"),
                        ReportStatus.valueOf(rs.getString("status")), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
                        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                        rs.getString("return_reason"))).optional();
    }

    Map<Long, Entry> values(long reportId) {
        Map<Long, Entry> m = new HashMap<>();
        jdbc.sql("select indicator_id, numerator, denominator, comment from ind_report_value where report_id = ?")
                .param(reportId).query(rs -> {
                    m.put(rs.getLong("indicator_id"), new Entry(rs.getBigDecimal("numerator"),
                            rs.getBigDecimal("denominator"), rs.getString("comment")));
                });
        return m;
    }

    private Snapshot snapshot(UnitRef unit, Period period, ReportStatus status, Map<Long, Entry> values, String reason) {
        Map<Long, String> codes = new HashMap<>();
        catalogue.all().forEach(i -> codes.put(i.id(), i.code()));
        Map<String, Entry> byCode = new LinkedHashMap<>();
        values.forEach((id, e) -> byCode.put(codes.get(id), e));
        return new Snapshot(unit.code(), period.key(), status, byCode, reason);
    }

    /** Mean of the unit's approved values in the four previous periods of the same type, or null. */
    BigDecimal historyMean(long unitId, Indicator i, Period period) {
        List<String> keys = period.previous().recent(4).stream().map(Period::key).toList();
        List<BigDecimal> values = jdbc.sql("""
                        select v.numerator, v.denominator from ind_report_value v join ind_report r on r.id = v.report_id
                        where r.unit_id = ? and v.indicator_id = ? and r.status = 'APPROVED' and r.period_key = any (?)""")
                .params(unitId, i.id(), keys.toArray(String[]::new))
                .query((rs, n) -> ReportChecks.valueOf(i, new Entry(rs.getBigDecimal(1), rs.getBigDecimal(2), null))).list()
                .stream().filter(java.util.Objects::nonNull).toList();
        if (values.size() < 2) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** Approved reported values of a period: unit id → indicator code → measure (booleans as 1/1 or 0/1). */
    public Map<Long, Map<String, Measure>> approvedValues(Period period) {
        Map<Long, Map<String, Measure>> result = new HashMap<>();
        jdbc.sql("""
                        select r.unit_id, i.code, i.measure, v.numerator, v.denominator
                        from ind_report r join ind_report_value v on v.report_id = r.id
                        join ind_indicator i on i.id = v.indicator_id
                        where r.period_key = ? and r.status = 'APPROVED' and v.numerator is not null""")
                .param(period.key()).query(rs -> {
                    BigDecimal den = "BOOLEAN".equals(rs.getString("measure")) ? BigDecimal.ONE : rs.getBigDecimal("denominator");
                    result.computeIfAbsent(rs.getLong("unit_id"), k -> new HashMap<>())
                            .put(rs.getString("code"), new Measure(rs.getBigDecimal("numerator"), den));
                });
        return result;
    }
}
