package vn.cchc.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.indicator.IndicatorSource;
import vn.cchc.indicator.Measure;
import vn.cchc.indicator.Period;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistics from the pre-aggregated tables: per unit, per field and for the province, for any period; they
 * are published to the indicator module as computed indicator values.
 */
@Service
@Transactional(readOnly = true)
class DossierStats implements IndicatorSource {

    static final Set<String> CODES = Set.copyOf(Counts.ZERO.measures().keySet());

    private static final String SUMS = """
            coalesce(sum(received) filter (where month >= ?), 0) as received,
            coalesce(sum(received_online) filter (where month >= ?), 0) as received_online,
            coalesce(sum(received_digitised) filter (where month >= ?), 0) as received_digitised,
            coalesce(sum(received_synced) filter (where month >= ?), 0) as received_synced,
            coalesce(sum(received_fee) filter (where month >= ?), 0) as received_fee,
            coalesce(sum(received_paid_online) filter (where month >= ?), 0) as received_paid_online,
            coalesce(sum(received_complaint) filter (where month >= ?), 0) as received_complaint,
            coalesce(sum(finished) filter (where month >= ?), 0) as finished,
            coalesce(sum(finished_on_time) filter (where month >= ?), 0) as finished_on_time,
            coalesce(sum(finished_late) filter (where month >= ?), 0) as finished_late,
            coalesce(sum(finished_late_apology) filter (where month >= ?), 0) as finished_late_apology,
            coalesce(sum(processing_days) filter (where month >= ?), 0) as processing_days,
            coalesce(sum(result_base) filter (where month >= ?), 0) as result_base,
            coalesce(sum(electronic_result) filter (where month >= ?), 0) as electronic_result,
            coalesce(sum(open_delta), 0) as open_end,
            coalesce(sum(overdue_delta), 0) as overdue_end""";
    private static final int FLOW_PARAMS = 14;

    private final JdbcClient jdbc;
    private final vn.cchc.directory.Directory directory;

    DossierStats(JdbcClient jdbc, vn.cchc.directory.Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getLong("received"), rs.getLong("received_online"), rs.getLong("received_digitised"),
                rs.getLong("received_synced"), rs.getLong("received_fee"), rs.getLong("received_paid_online"),
                rs.getLong("received_complaint"), rs.getLong("finished"), rs.getLong("finished_on_time"),
                rs.getLong("finished_late"), rs.getLong("finished_late_apology"), rs.getBigDecimal("processing_days"),
                rs.getLong("result_base"), rs.getLong("electronic_result"), rs.getLong("open_end"), rs.getLong("overdue_end"));
    }

    private static List<Object> params(Period p) {
        List<Object> params = new ArrayList<>();
        Date from = Date.valueOf(p.start());
        for (int i = 0; i < FLOW_PARAMS; i++) {
            params.add(from);
        }
        return params;
    }

    /** Per unit: unit id → counts (units with any data up to the period end). */
    public Map<Long, Counts> byUnit(Period p) {
        List<Object> params = params(p);
        params.add(Date.valueOf(p.lastMonth().atDay(1)));
        Map<Long, Counts> m = new HashMap<>();
        jdbc.sql("select unit_id, " + SUMS + " from dossier_unit_month where month <= ? group by unit_id")
                .params(params).query(rs -> {
                    Counts c = counts(rs);
                    if (!c.empty()) {
                        m.put(rs.getLong("unit_id"), c);
                    }
                });
        return m;
    }

    public Counts province(Period p) {
        List<Object> params = params(p);
        params.add(Date.valueOf(p.lastMonth().atDay(1)));
        return jdbc.sql("select " + SUMS + " from dossier_unit_month where month <= ?").params(params)
                .query((rs, n) -> counts(rs)).single();
    }

    public record FieldCounts(String fieldCode, String fieldName, Counts counts) {
    }

    /** Per field, for a unit (or the province when unitId is null). */
    public List<FieldCounts> byField(Period p, Long unitId) {
        List<Object> params = params(p);
        params.add(Date.valueOf(p.lastMonth().atDay(1)));
        String where = "";
        if (unitId != null) {
            where = " and m.unit_id = ?";
            params.add(unitId);
        }
        List<FieldCounts> list = new ArrayList<>();
        jdbc.sql("select m.field_code, coalesce(f.name, m.field_code) as name, " + SUMS.replace("sum(", "sum(m.")
                        + " from dossier_month m left join dossier_field f on f.code = m.field_code where m.month <= ?"
                        + where + " group by m.field_code, f.name order by name")
                .params(params).query(rs -> {
                    Counts c = counts(rs);
                    if (!c.empty()) {
                        list.add(new FieldCounts(rs.getString("field_code"), rs.getString("name"), c));
                    }
                });
        return list;
    }

    @Override
    public Set<String> indicatorCodes() {
        return CODES;
    }

    @Override
    public Map<Long, Map<String, Measure>> unitValues(Period period) {
        Map<Long, Map<String, Measure>> m = new HashMap<>();
        byUnit(period).forEach((unit, c) -> m.put(unit, c.measures()));
        return m;
    }

    @Override
    public Map<String, Measure> provinceValues(Period period) {
        Counts c = province(period);
        return c.empty() ? Map.of() : c.measures();
    }

    @Override
    public List<Measure> monthly(String code, Long unitId, YearMonth from, YearMonth to) {
        long[] running = new long[2];
        Map<YearMonth, Counts> byMonth = new HashMap<>();
        String sql = "select month, sum(received) as received, sum(received_online) as received_online, "
                + "sum(received_digitised) as received_digitised, sum(received_synced) as received_synced, "
                + "sum(received_fee) as received_fee, sum(received_paid_online) as received_paid_online, "
                + "sum(received_complaint) as received_complaint, sum(finished) as finished, "
                + "sum(finished_on_time) as finished_on_time, sum(finished_late) as finished_late, "
                + "sum(finished_late_apology) as finished_late_apology, sum(processing_days) as processing_days, "
                + "sum(result_base) as result_base, sum(electronic_result) as electronic_result, "
                + "sum(open_delta) as open_end, sum(overdue_delta) as overdue_end from dossier_unit_month where month <= ?"
                + (unitId == null ? "" : " and unit_id = ?") + " group by month order by month";
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(to.atDay(1)));
        if (unitId != null) {
            params.add(unitId);
        }
        jdbc.sql(sql).params(params).query(rs -> {
            Counts c = counts(rs);
            running[0] += c.openAtEnd();
            running[1] += c.overdueAtEnd();
            YearMonth m = YearMonth.from(rs.getObject("month", LocalDate.class));
            byMonth.put(m, new Counts(c.received(), c.receivedOnline(), c.receivedDigitised(), c.receivedSynced(),
                    c.receivedFee(), c.receivedPaidOnline(), c.receivedComplaint(), c.finished(), c.finishedOnTime(),
                    c.finishedLate(), c.finishedLateApology(), c.processingDays(), c.resultBase(), c.electronicResult(),
                    running[0], running[1]));
        });
        List<Measure> series = new ArrayList<>();
        Counts last = Counts.ZERO;
        YearMonth first = byMonth.keySet().stream().min(YearMonth::compareTo).orElse(to.plusMonths(1));
        for (YearMonth m = first.isBefore(from) ? first : from; !m.isAfter(to); m = m.plusMonths(1)) {
            Counts c = byMonth.get(m);
            if (c == null) {
                // no flow that month: the open dossiers carry over
                c = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, java.math.BigDecimal.ZERO, 0, 0, last.openAtEnd(), last.overdueAtEnd());
            }
            last = c;
            if (!m.isBefore(from)) {
                series.add(c.empty() ? null : c.measures().get(code));
            }
        }
        return series;
    }

    /** One dossier in a list. */
    public record DossierLine(String code, String procedureCode, String fieldCode, String unitCode, LocalDateTime receivedAt,
                              LocalDateTime dueAt, LocalDateTime finishedAt, int supplementRequests, boolean apology,
                              boolean late) {
    }

    public enum ListKind { LATE, OVERDUE, NO_APOLOGY }

    /** Late (finished late in the period), overdue (open and overdue at its end), or late without an apology letter. */
    public List<DossierLine> list(ListKind kind, Period p, Long unitId, int limit) {
        Date first = Date.valueOf(p.start());
        Date last = Date.valueOf(p.lastMonth().atDay(1));
        String late = "(late and finished_month between ? and ?)";
        String overdue = "(overdue_month is not null and overdue_month <= ? and (finished_month is null or finished_month > ?))";
        List<Object> params = new ArrayList<>();
        String where = switch (kind) {
            case LATE -> {
                params.add(first);
                params.add(last);
                yield late;
            }
            case OVERDUE -> {
                params.add(last);
                params.add(last);
                yield overdue;
            }
            case NO_APOLOGY -> {
                params.add(first);
                params.add(last);
                params.add(last);
                params.add(last);
                yield "(" + late + " or " + overdue + ") and not apology";
            }
        };
        if (unitId != null) {
            where += " and d.unit_id = ?";
            params.add(unitId);
        }
        params.add(limit);
        Map<Long, String> codes = new HashMap<>();
        return jdbc.sql("""
                        select d.code, d.procedure_code, d.field_code, d.unit_id, d.received_at, d.due_at,
                               d.finished_at, d.supplement_requests, d.apology, d.late
                        from dossier d
                        where """ + where + " order by d.due_at, d.code limit ?")
                .params(params)
                .query((rs, n) -> new DossierLine(rs.getString("code"), rs.getString("procedure_code"),
                        rs.getString("field_code"), codes.computeIfAbsent(rs.getLong("unit_id"),
                                id -> directory.findById(id).map(vn.cchc.directory.UnitRef::code).orElse("?")),
                        rs.getObject("received_at", LocalDateTime.class), rs.getObject("due_at", LocalDateTime.class),
                        rs.getObject("finished_at", LocalDateTime.class), rs.getInt("supplement_requests"),
                        rs.getBoolean("apology"), rs.getBoolean("late")))
                .list();
    }

    public record IngestLine(long id, String fileName, String format, String encoding, String status, long rowsRead,
                             long rowsNew, long rowsUpdated, int errorCount, String errors, java.time.OffsetDateTime at,
                             String actor) {
    }

    public List<IngestLine> ingests(int limit) {
        return jdbc.sql("""
                        select id, file_name, format, encoding, status, rows_read, rows_new, rows_updated, error_count,
                               errors::text as errors, finished_at, actor from dossier_ingest order by id desc limit ?""")
                .param(limit).query(DossierStats::ingestLine).list();
    }

    public java.util.Optional<IngestLine> ingest(long id) {
        return jdbc.sql("""
                        select id, file_name, format, encoding, status, rows_read, rows_new, rows_updated, error_count,
                               errors::text as errors, finished_at, actor from dossier_ingest where id = ?""")
                .param(id).query(DossierStats::ingestLine).optional();
    }

    private static IngestLine ingestLine(ResultSet rs, int n) throws SQLException {
        return new IngestLine(rs.getLong("id"), rs.getString("file_name"), rs.getString("format"), rs.getString("encoding"),
                rs.getString("status"), rs.getLong("rows_read"), rs.getLong("rows_new"), rs.getLong("rows_updated"),
                rs.getInt("error_count"), rs.getString("errors"), rs.getObject("finished_at", java.time.OffsetDateTime.class),
                rs.getString("actor"));
    }
}
