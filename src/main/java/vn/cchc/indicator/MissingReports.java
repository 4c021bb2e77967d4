package vn.cchc.indicator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.UnitRef;

import java.time.LocalDate;
import java.util.List;

/**
 * The units expected to report for a period whose report is still owed: never started, a draft, or returned for
 * correction and not sent again. Read from the reporting-rate board, so a chaser sees the units the board shows as
 * not reporting.
 */
@Service
@Transactional(readOnly = true)
public class MissingReports {

    /** A period's owed report: the unit, the period (its key and Vietnamese label), its due date and whether it was returned. */
    public record Missing(UnitRef unit, String periodKey, String periodLabel, LocalDate dueOn, boolean returned) {
    }

    private final ReportingBoard board;
    private final PeriodLabels labels;

    MissingReports(ReportingBoard board, PeriodLabels labels) {
        this.board = board;
        this.labels = labels;
    }

    /** The owed reports of a period ("2025-Q2"), in the board's order; an unknown key is refused. */
    public List<Missing> of(String periodKey) {
        Period period = Period.parse(periodKey);
        ReportingBoard.Board b = board.board(period);
        String label = labels.label(period);
        return b.lines().stream()
                .filter(l -> l.status() == ReportStatus.NOT_STARTED || l.status() == ReportStatus.DRAFT
                        || l.status() == ReportStatus.RETURNED)
                .map(l -> new Missing(l.unit(), period.key(), label, b.dueOn(), l.status() == ReportStatus.RETURNED))
                .toList();
    }

    /** Whether the key names a period ("2025-Q2", "2025-06", "2025"). */
    public boolean isPeriod(String key) {
        return key != null && Period.isKey(key);
    }
}
