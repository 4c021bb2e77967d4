package vn.cchc.reformreport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reform reports units still owe, for the reminders: every periodic or ad hoc period whose units' due date lies
 * in a span, and per period the units that must report and have not submitted (a returned report is owed again).
 * One statement for the ad hoc periods and one per period, whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
public class ReformReportDeadlines {

    /** A report one unit owes: the period's key and label, its due date to the standing agency, and its page. */
    public record ReportDue(long unitId, String unitCode, String unitName, String periodKey, String periodLabel,
                            LocalDate due, String link) {
    }

    private final JdbcClient jdbc;
    private final ReportingRegimes regimes;
    private final ReportPeriods periods;
    private final ProvinceReportDocument labels;

    ReformReportDeadlines(JdbcClient jdbc, ReportingRegimes regimes, ReportPeriods periods, ProvinceReportDocument labels) {
        this.jdbc = jdbc;
        this.regimes = regimes;
        this.periods = periods;
        this.labels = labels;
    }

    /** Reports due to the standing agency from {@code from} to {@code to} (both included) and not submitted. */
    public List<ReportDue> owedBetween(LocalDate from, LocalDate to) {
        List<ReportDue> owed = new ArrayList<>();
        for (ReportPeriod p : periodsDueBetween(from, to)) {
            String label = labels.periodLabel(p);
            owed.addAll(jdbc.sql("""
                            select u.id, u.code, u.name from (%s) e join unit u on u.id = e.id
                            where not exists (select 1 from reform_report r where r.unit_id = u.id
                                              and r.period_key = :period and r.status in ('SUBMITTED', 'ACCEPTED'))
                            order by u.id""".formatted(periods.expectedUnitsSql(p)))
                    .param("to", p.to()).param("period", p.key())
                    .query((rs, n) -> new ReportDue(rs.getLong("id"), rs.getString("code"), rs.getString("name"), p.key(),
                            label, p.unitDue(), "/reform-reports/" + rs.getString("code") + "/" + p.key()))
                    .list());
        }
        return owed;
    }

    private List<ReportPeriod> periodsDueBetween(LocalDate from, LocalDate to) {
        List<ReportPeriod> due = new ArrayList<>();
        if (to.isBefore(from)) {
            return due;
        }
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (RegimeRule rule : regimes.all()) {
                ReportPeriod p = ReportPeriods.of(rule, year);
                if (!p.unitDue().isBefore(from) && !p.unitDue().isAfter(to)) {
                    due.add(p);
                }
            }
        }
        jdbc.sql("select id from reform_ad_hoc where unit_due between ? and ? order by id")
                .params(Date.valueOf(from), Date.valueOf(to)).query(Long.class).list()
                .forEach(id -> due.add(periods.resolve("ADHOC-" + id)));
        return due;
    }
}
