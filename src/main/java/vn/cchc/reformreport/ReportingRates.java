package vn.cchc.reformreport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The reporting-rate board of a period: how many units owe a report, how many sent it on time, late, or not yet (one
 * statement), and the units a page at a time, those still owing first (one statement), whatever the province's size.
 */
@Service
@Transactional(readOnly = true)
class ReportingRates {

    enum Rate { ON_TIME, LATE, MISSING }

    record Counts(long expected, long onTime, long late, long missing) {

        public long percent(long part) {
            return expected == 0 ? 0 : Math.round(100.0 * part / expected);
        }
    }

    record Line(String unitCode, String unitName, Rate rate, ReformReportStatus status, OffsetDateTime submittedAt) {
    }

    private static final String LINES = """
            with e as (%s)
            select u.code, u.name, r.status, r.submitted_at, r.late,
                   case when r.status in ('SUBMITTED', 'ACCEPTED') then case when r.late then 'LATE' else 'ON_TIME' end
                        else 'MISSING' end as rate
            from e join unit u on u.id = e.id
            left join reform_report r on r.unit_id = u.id and r.period_key = :period""";

    private final JdbcClient jdbc;
    private final ReportPeriods periods;

    ReportingRates(JdbcClient jdbc, ReportPeriods periods) {
        this.jdbc = jdbc;
        this.periods = periods;
    }

    Counts counts(ReportPeriod p) {
        return jdbc.sql("select count(*), count(*) filter (where rate = 'ON_TIME'), count(*) filter (where rate = 'LATE'), "
                        + "count(*) filter (where rate = 'MISSING') from (" + LINES.formatted(periods.expectedUnitsSql(p)) + ") x")
                .param("to", p.to()).param("period", p.key())
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    Page<Line> lines(ReportPeriod p, PageRequest page) {
        List<Line> rows = jdbc.sql("select * from (" + LINES.formatted(periods.expectedUnitsSql(p)) + ") x "
                        + "order by case rate when 'MISSING' then 0 when 'LATE' then 1 else 2 end, name collate vi, code "
                        + "limit :limit offset :offset")
                .param("to", p.to()).param("period", p.key()).param("limit", page.limitPlusOne()).param("offset", page.offset())
                .query((rs, n) -> new Line(rs.getString("code"), rs.getString("name"), Rate.valueOf(rs.getString("rate")),
                        rs.getString("status") == null ? ReformReportStatus.NOT_STARTED : ReformReportStatus.valueOf(rs.getString("status")),
                        rs.getObject("submitted_at", OffsetDateTime.class))).list();
        return Page.of(rows, page);
    }
}
