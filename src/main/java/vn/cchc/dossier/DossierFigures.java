package vn.cchc.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Dossier figures of one unit for a reporting window given in days (the Ministry's cut-off windows do not follow
 * calendar months, so the monthly aggregates cannot answer them): dossiers received in the window and how (online,
 * paid online, digitised), and dossiers finished in the window, on time or late, late ones with an apology; on time
 * and late as the ingest derived them for every row.
 */
@Service
@Transactional(readOnly = true)
public class DossierFigures {

    public record Window(long received, long online, long paidOnline, long digitised, long finished, long onTime,
                         long late, long lateWithApology) {
    }

    private final JdbcClient jdbc;

    DossierFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Window window(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select count(*) filter (where r) as received,
                               count(*) filter (where r and channel = 2) as online,
                               count(*) filter (where r and paid_online) as paid_online,
                               count(*) filter (where r and digitised) as digitised,
                               count(*) filter (where f) as finished,
                               count(*) filter (where f and on_time) as on_time,
                               count(*) filter (where f and late) as late,
                               count(*) filter (where f and late and apology) as apology
                        from (select d.*, d.received_at >= :from and d.received_at < :until as r,
                                     d.finished_at is not null and d.finished_at >= :from and d.finished_at < :until as f
                              from dossier d where d.unit_id = :unit
                                and (d.received_at >= :from and d.received_at < :until
                                     or d.finished_at >= :from and d.finished_at < :until)) x""")
                .param("unit", unitId).param("from", from.atStartOfDay()).param("until", to.plusDays(1).atStartOfDay())
                .query((rs, n) -> new Window(rs.getLong("received"), rs.getLong("online"), rs.getLong("paid_online"),
                        rs.getLong("digitised"), rs.getLong("finished"), rs.getLong("on_time"), rs.getLong("late"),
                        rs.getLong("apology")))
                .single();
    }
}
