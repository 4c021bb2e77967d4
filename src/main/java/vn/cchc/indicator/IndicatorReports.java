package vn.cchc.indicator;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;

/**
 * The reports as stored. Every move is conditioned on the state the transition started from (a new report on
 * there being none yet), so of concurrent submissions or decisions exactly one changes the row and the others
 * are refused with 409.
 */
@Repository
class IndicatorReports {

    private final JdbcClient jdbc;

    IndicatorReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(IndicatorReport next, Period period, LocalDate due, String username) {
        boolean submit = next.status() == ReportStatus.SUBMITTED;
        return jdbc.sql("""
                        insert into ind_report (unit_id, period_key, period_type, due_on, status, submitted_at,
                                                submitted_by, updated_by)
                        values (?, ?, ?, ?, ?, case when ? then now() end, ?, ?)
                        on conflict (unit_id, period_key) do nothing returning id""")
                .params(next.unitId(), period.key(), period.type().name(), Date.valueOf(due), next.status().name(), submit,
                        next.submittedBy(), username)
                .query(Long.class).optional().orElseThrow(IndicatorReports::changedMeanwhile);
    }

    void edit(IndicatorReport from, IndicatorReport next, String username) {
        boolean submit = next.status() == ReportStatus.SUBMITTED;
        int moved = jdbc.sql("""
                        update ind_report set status = ?, updated_at = now(), updated_by = ?,
                               submitted_at = case when ? then coalesce(submitted_at, now()) else submitted_at end,
                               submitted_by = ?
                        where id = ? and status = ?""")
                .params(next.status().name(), username, submit, next.submittedBy(), from.id(), from.status().name()).update();
        if (moved == 0) {
            throw changedMeanwhile();
        }
    }

    void decide(IndicatorReport from, IndicatorReport next, String username, String reason) {
        int moved = jdbc.sql("""
                        update ind_report set status = ?, decided_at = now(), decided_by = ?, return_reason = ?,
                               updated_at = now(), updated_by = ?
                        where id = ? and status = ?""")
                .params(next.status().name(), username, reason, username, from.id(), from.status().name()).update();
        if (moved == 0) {
            throw new IndicatorException(HttpStatus.CONFLICT, "indicator.error.notSubmitted");
        }
    }

    private static IndicatorException changedMeanwhile() {
        return new IndicatorException(HttpStatus.CONFLICT, "indicator.error.changedMeanwhile");
    }
}
