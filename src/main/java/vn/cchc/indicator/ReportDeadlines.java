package vn.cchc.indicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The report forms units owe, for the reminders: for each period type that has a form, the periods whose due date
 * falls in a span, and the expected units that have not submitted (no form, a draft, or a returned one). Whether the
 * period is locked, and until when a granted late submission keeps it open, is read as {@link Reports} locks forms.
 */
@Component
@Transactional(readOnly = true)
public class ReportDeadlines {

    /** A span longer than this (about two years) is refused: it bounds the periods one call enumerates. */
    static final int MAX_SPAN_DAYS = 800;

    private final Catalogue catalogue;
    private final Reports reports;
    private final PeriodLabels labels;
    private final JdbcClient jdbc;

    ReportDeadlines(Catalogue catalogue, Reports reports, PeriodLabels labels, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.reports = reports;
        this.labels = labels;
        this.jdbc = jdbc;
    }

    /** A unit's form still owed for a period: due on {@code due}; locked on the day asked; open until a granted day. */
    public record ReportDue(UnitRef unit, String periodKey, String periodLabel, LocalDate due, boolean locked,
                            LocalDate openUntil) {
    }

    /** Forms owed whose due date lies from {@code from} to {@code to} (both included), locked as of {@code today}. */
    public List<ReportDue> owedBetween(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from) || from.plusDays(MAX_SPAN_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("span " + from + " – " + to);
        }
        List<ReportDue> owed = new ArrayList<>();
        for (PeriodType type : PeriodType.values()) {
            if (catalogue.form(type).isEmpty()) {
                continue;
            }
            for (Period p = Period.containing(type, to); !reports.dueOn(p).isBefore(from); p = p.previous()) {
                LocalDate due = reports.dueOn(p);
                if (!due.isAfter(to)) {
                    owed.addAll(owedFor(p, due, today));
                }
            }
        }
        owed.sort(Comparator.comparing(ReportDue::due).thenComparing(ReportDue::periodKey)
                .thenComparing(d -> d.unit().code()));
        return owed;
    }

    /** The owed forms of one unit whose due date has passed on {@code today}, since {@code since}, newest first. */
    public List<ReportDue> missedBy(long unitId, LocalDate since, LocalDate today) {
        List<ReportDue> mine = new ArrayList<>(owedBetween(since, today.minusDays(1), today).stream()
                .filter(d -> d.unit().id() == unitId).toList());
        mine.sort(Comparator.comparing(ReportDue::due).reversed());
        return mine;
    }

    private List<ReportDue> owedFor(Period p, LocalDate due, LocalDate today) {
        Set<Long> submitted = new HashSet<>(jdbc.sql("""
                        select unit_id from ind_report where period_key = ? and status in ('SUBMITTED', 'APPROVED')""")
                .param(p.key()).query(Long.class).list());
        List<UnitRef> units = reports.expectedUnits(p).stream().filter(u -> !submitted.contains(u.id())).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, LocalDate> open = new java.util.HashMap<>();
        jdbc.sql("""
                        select unit_id, max(open_until) from ind_lock_exception where period_key = ? and unit_id = any (?)
                        group by unit_id""")
                .params(p.key(), units.stream().map(UnitRef::id).toArray(Long[]::new))
                .query(rs -> {
                    open.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        String label = labels.label(p);
        return units.stream().map(u -> new ReportDue(u, p.key(), label, due,
                Reports.isLocked(due, open.get(u.id()), today), open.get(u.id()))).toList();
    }
}
