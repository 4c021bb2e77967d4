package vn.cchc.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.indicator.Period;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The benchmark's baselines: the dashboards' answers computed straight from the dossier table, as a careful
 * developer without aggregate tables would write them (the period filtered in SQL, an index on the unit), and
 * the timing of repeated runs.
 */
final class BenchBaselines {

    private final JdbcClient jdbc;

    BenchBaselines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The indexes a baseline without aggregates would have; dropped again by {@link #dropIndexes()}. */
    void createIndexes() {
        jdbc.sql("create index if not exists bench_dossier_unit_idx on dossier (unit_id)").update();
        jdbc.sql("create index if not exists bench_dossier_received_idx on dossier (received_at)").update();
        jdbc.sql("analyze dossier").update();
    }

    void dropIndexes() {
        jdbc.sql("drop index if exists bench_dossier_unit_idx").update();
        jdbc.sql("drop index if exists bench_dossier_received_idx").update();
    }

    /**
     * The heatmap's answer: unit → (on time or not yet due, handled, received, online). Only the dossiers the period
     * can count are read: received before its end and not finished before its start.
     */
    Map<Long, long[]> heatmap(Period p) {
        Map<Long, long[]> m = new HashMap<>();
        Timestamp start = Timestamp.valueOf(p.start().atStartOfDay());
        Timestamp end = Timestamp.valueOf(p.end().plusDays(1).atStartOfDay());
        jdbc.sql("""
                        select unit_id,
                          count(*) filter (where finished_at >= ? and finished_at < ? and on_time)
                          + count(*) filter (where received_at < ? and (finished_at is null or finished_at >= ?)
                                             and not (supplement_requests >= 2
                                                      or due_at + supplement_days * interval '1 day' < ?)) as good,
                          count(*) filter (where finished_at >= ? and finished_at < ?)
                          + count(*) filter (where received_at < ? and (finished_at is null or finished_at >= ?)) as handled,
                          count(*) filter (where received_at >= ? and received_at < ?) as received,
                          count(*) filter (where received_at >= ? and received_at < ? and channel = 2) as online
                        from dossier where received_at < ? and (finished_at is null or finished_at >= ?)
                        group by unit_id""")
                .params(start, end, end, end, end, start, end, end, end, start, end, start, end, end, start)
                .query(rs -> {
                    m.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return m;
    }

    /** One unit's monthly on-time / handled, from its own rows only (by the unit index), within the months asked. */
    List<long[]> trend(long unitId, YearMonth from, YearMonth to) {
        List<long[]> list = new ArrayList<>();
        jdbc.sql("""
                        select m.month,
                          count(*) filter (where date_trunc('month', d.finished_at) = m.month and d.on_time),
                          count(*) filter (where date_trunc('month', d.finished_at) = m.month)
                            + count(*) filter (where d.received_at < m.month + interval '1 month'
                                               and (d.finished_at is null or d.finished_at >= m.month + interval '1 month'))
                        from generate_series(?::timestamp, ?::timestamp, interval '1 month') as m(month)
                        cross join (select * from dossier where unit_id = ? and received_at < ?
                                    and (finished_at is null or finished_at >= ?)) d
                        group by m.month order by m.month""")
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), unitId,
                        Timestamp.valueOf(to.plusMonths(1).atDay(1).atStartOfDay()),
                        Timestamp.valueOf(from.atDay(1).atStartOfDay()))
                .query(rs -> {
                    list.add(new long[]{rs.getLong(2), rs.getLong(3)});
                });
        return list;
    }

    /** Milliseconds of {@code runs} runs after up to 3 warm-ups: {p50, p95, min, max}. */
    static double[] time(int runs, Supplier<Object> query) {
        int warm = Math.min(3, runs);
        for (int i = 0; i < warm; i++) {
            query.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return percentiles(ms);
    }

    /** {p50, p95, min, max} of measurements in ms. */
    static double[] percentiles(double[] measured) {
        double[] ms = measured.clone();
        int runs = ms.length;
        Arrays.sort(ms);
        return new double[]{ms[(int) Math.floor((runs - 1) * 0.5)], ms[(int) Math.ceil((runs - 1) * 0.95)], ms[0],
                ms[runs - 1]};
    }

    /** min / median / max of a few measurements. */
    static double[] spread(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new double[]{v[0], median, v[v.length - 1]};
    }
}
