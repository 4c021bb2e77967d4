package vn.cchc.indicator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.Directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Indicators on the home page, per role: a unit's form for the current quarter (what /indicators/my opens), the
 * reporting rate of the last finished quarter (the board) and how the units stand in the current quarter (the
 * heatmap).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorDashboard {

    private final Reports reports;
    private final ReportingBoard boards;
    private final Achievements achievements;
    private final HeatmapCache heatmaps;
    private final Directory directory;
    private final PeriodLabels labels;
    private final Clock clock;

    IndicatorDashboard(Reports reports, ReportingBoard boards, Achievements achievements, HeatmapCache heatmaps,
                       Directory directory, PeriodLabels labels, Clock clock) {
        this.clock = clock;
        this.heatmaps = heatmaps;
        this.reports = reports;
        this.boards = boards;
        this.achievements = achievements;
        this.directory = directory;
        this.labels = labels;
    }

    /** The state of one unit's form for a period. */
    public record MyForm(String periodKey, String periodLabel, ReportStatus status, LocalDate dueOn, boolean locked) {
    }

    /** Reporting rate of a period: of the units expected, how many submitted, on time, approved. */
    public record Rate(String periodKey, String periodLabel, long expected, long submitted, long onTime, long approved,
                       long percentSubmitted) {
    }

    /** Cells of the units' rows of the heatmap by where they stand against their targets. */
    public record HeatmapSummary(String periodKey, String periodLabel, int units, long achieved, long atRisk,
                                 long missed) {
    }

    /** The quarter /indicators/my opens: the one that contains today. */
    public Period currentPeriod() {
        return Period.containing(PeriodType.QUARTER, LocalDate.now(clock));
    }

    public Optional<MyForm> myForm(long unitId) {
        Period p = currentPeriod();
        return directory.findById(unitId).map(u -> {
            ReportForm f = reports.form(u, p);
            return new MyForm(p.key(), labels.label(p), f.status(), f.dueOn(), f.locked());
        });
    }

    /** The last quarter that has ended. */
    public Rate lastPeriodRate() {
        Period p = currentPeriod().previous();
        ReportingBoard.Board b = boards.board(p);
        return new Rate(p.key(), labels.label(p), b.expected(), b.submitted(), b.onTime(), b.approved(),
                b.percent(b.submitted()));
    }

    /** The heatmap's default period (the current quarter), as /indicators/heatmap shows it. */
    public HeatmapSummary heatmap() {
        Period p = currentPeriod();
        Achievements.Heatmap h = heatmaps.get(p, true, () -> achievements.heatmap(p, true));
        long[] n = new long[3];
        h.rows().forEach(r -> r.cells().forEach(c -> {
            switch (c.achievement()) {
                case ACHIEVED -> n[0]++;
                case AT_RISK -> n[1]++;
                case MISSED -> n[2]++;
                default -> {
                }
            }
        }));
        return new HeatmapSummary(p.key(), labels.label(p), h.rows().size(), n[0], n[1], n[2]);
    }
    /** How a unit reported over the quarters counted: expected, submitted, submitted by the due date. */
    public record UnitReporting(long unitId, int quarters, long expected, long submitted, long onTime) {
    }

    /** Quarters counted for a unit's reporting record: the last ones that have ended. */
    static final int REPORTING_QUARTERS = 4;

    /**
     * The reporting record of each of these units over the last {@value #REPORTING_QUARTERS} ended quarters, read from
     * one board per quarter whatever the number of units.
     */
    public java.util.Map<Long, UnitReporting> reportingOf(java.util.Collection<Long> unitIds) {
        java.util.Map<Long, long[]> n = new java.util.HashMap<>();
        unitIds.forEach(u -> n.put(u, new long[3]));
        for (Period p : currentPeriod().previous().recent(REPORTING_QUARTERS)) {
            for (ReportingBoard.BoardLine l : boards.board(p).lines()) {
                long[] c = n.get(l.unit().id());
                if (c != null) {
                    c[0]++;
                    c[1] += l.submittedAt() != null ? 1 : 0;
                    c[2] += l.onTime() ? 1 : 0;
                }
            }
        }
        java.util.Map<Long, UnitReporting> result = new java.util.LinkedHashMap<>();
        n.forEach((u, c) -> result.put(u, new UnitReporting(u, REPORTING_QUARTERS, c[0], c[1], c[2])));
        return result;
    }
}
