package vn.cchc.indicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.UnitRef;
import vn.cchc.time.ProvinceTime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reporting-rate board of a period: every unit expected to report, whether and when it did, on time or late. */
@Service
@Transactional(readOnly = true)
class ReportingBoard {

    private final JdbcClient jdbc;
    private final Reports reports;

    ReportingBoard(JdbcClient jdbc, Reports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /** One line of the reporting-rate board. */
    public record BoardLine(UnitRef unit, ReportStatus status, OffsetDateTime submittedAt, boolean onTime) {
    }

    public record Board(Period period, LocalDate dueOn, List<BoardLine> lines, long expected, long submitted,
                        long onTime, long approved) {

        public long percent(long part) {
            return expected == 0 ? 0 : Math.round(100.0 * part / expected);
        }
    }

    public Board board(Period period) {
        LocalDate due = reports.dueOn(period);
        Map<Long, Reports.Stored> byUnit = new HashMap<>();
        jdbc.sql("""
                        select id, unit_id, period_key, status, due_on, submitted_at, submitted_by, decided_at, decided_by,
                               return_reason from ind_report where period_key = ?""")
                .param(period.key())
                .query((rs, n) -> new Reports.Stored(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("period_key"),
                        ReportStatus.valueOf(rs.getString("status")), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
                        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                        rs.getString("return_reason"))).list()
                .forEach(s -> byUnit.put(s.unitId(), s));
        List<BoardLine> lines = new ArrayList<>();
        for (UnitRef u : reports.expectedUnits(period)) {
            Reports.Stored s = byUnit.get(u.id());
            ReportStatus status = s == null ? ReportStatus.NOT_STARTED : s.status();
            OffsetDateTime at = s == null ? null : s.submittedAt();
            boolean onTime = at != null && !at.atZoneSameInstant(ProvinceTime.ZONE).toLocalDate().isAfter(s.dueOn());
            lines.add(new BoardLine(u, status, at, onTime));
        }
        lines.sort(Comparator.comparing((BoardLine l) -> l.status() == ReportStatus.NOT_STARTED ? 0 : 1));
        long submitted = lines.stream().filter(l -> l.submittedAt() != null).count();
        long onTime = lines.stream().filter(BoardLine::onTime).count();
        long approved = lines.stream().filter(l -> l.status() == ReportStatus.APPROVED).count();
        return new Board(period, due, lines, lines.size(), submitted, onTime, approved);
    }
}
