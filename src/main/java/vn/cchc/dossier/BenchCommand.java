package vn.cchc.dossier;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.audit.AuditLog;
import vn.cchc.command.CchcCommand;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitQuery;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.Achievements;
import vn.cchc.indicator.Catalogue;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodType;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code ./cchc bench dossiers --rows N}: synthetic dossiers for 150 units, 30 fields and 24 months, ingested
 * through the upload's code path, with the dashboard queries timed against their plain GROUP BY baselines.
 * Runs on command mode's throwaway database.
 */
@Component
class BenchCommand implements CchcCommand {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final Directory directory;
    private final DossierIngest ingest;
    private final DossierStats stats;
    private final Achievements achievements;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    BenchCommand(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Directory directory, DossierIngest ingest,
                 DossierStats stats, Achievements achievements, Catalogue catalogue, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = tx;
        this.directory = directory;
        this.ingest = ingest;
        this.stats = stats;
        this.achievements = achievements;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "dossiers --rows N  đo tốc độ nhập và truy vấn hồ sơ (dữ liệu giả lập)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.isEmpty() || !arguments.get(0).equals("dossiers")) {
            err.println("Cách dùng: ./cchc bench dossiers --rows N");
            return 2;
        }
        long rows = 1_000_000;
        int idx = arguments.indexOf("--rows");
        if (idx >= 0 && idx + 1 < arguments.size()) {
            rows = Long.parseLong(arguments.get(idx + 1).replace("_", ""));
        }
        out.printf("bench dossiers: %,d rows, 150 units, 30 fields, 24 months; max heap %d MB, %d CPUs%n", rows,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        List<String> units = setUp();
        List<SyntheticDossiers.ProcedureRef> procedures = jdbc.sql(
                        "select code, field_code, fee_bearing from dossier_procedure where code like 'B%'")
                .query((rs, n) -> new SyntheticDossiers.ProcedureRef(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        LocalDateTime now = LocalDate.now(clock).atStartOfDay();
        YearMonth first = YearMonth.from(now).minusMonths(23);

        Path file = Files.createTempFile("cchc-bench-", ".csv");
        try {
            long t = System.nanoTime();
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                SyntheticDossiers.write(w, "BX", rows, units, procedures, first, now, 42);
            }
            out.printf("generate file      %8.1f s  (%,d MB)%n", secs(t), Files.size(file) >> 20);

            // baseline: raw COPY of the same file into an unindexed table
            jdbc.sql("""
                    create table bench_raw (code text, procedure_code text, field_code text, unit_code text,
                        received_at timestamp, due_at timestamp, finished_at timestamp, returned_at timestamp, channel smallint,
                        supplement_requests smallint, supplement_days numeric, digitised smallint, electronic_result smallint,
                        fee numeric, paid_online smallint, apology smallint, synced smallint, complaint smallint, status text)""")
                    .update();
            t = System.nanoTime();
            try (Connection c = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_raw from stdin (format csv, header true)", in, 1 << 16);
            }
            double copySecs = secs(t);
            jdbc.sql("drop table bench_raw").update();
            double copyRate = rows / copySecs;
            out.printf("raw COPY           %8.1f s  %,10.0f rows/s%n", copySecs, copyRate);

            // the upload's path: stream, validate, COPY into staging, upsert, maintain the aggregates
            resetPeak();
            t = System.nanoTime();
            IngestResult r;
            IngestProgress progress = new IngestProgress();
            try (InputStream in = Files.newInputStream(file)) {
                r = ingest.ingestAsSystem("bench.csv", DossierFormat.CSV, in, progress);
            }
            double ingestSecs = secs(t);
            if (!r.accepted()) {
                err.println("ingest refused: " + r.errors());
                return 1;
            }
            double ingestRate = rows / ingestSecs;
            out.printf("ingest             %8.1f s  %,10.0f rows/s  ratio to raw COPY %.2f  (peak heap %d MB)%n",
                    ingestSecs, ingestRate, ingestRate / copyRate, peakHeapMb());
            out.println("  phases (ms): " + progress.millis());
            jdbc.sql("analyze dossier").update();
            jdbc.sql("analyze dossier_unit_month").update();
            jdbc.sql("analyze dossier_month").update();

            // correctness at scale: the aggregates equal a plain GROUP BY over the dossiers
            Period quarter = Period.containing(PeriodType.QUARTER, now.toLocalDate()).previous();
            Counts fromAggregates = stats.province(quarter);
            Map<Long, long[]> raw = rawHeatmap(quarter);
            long rawHandled = raw.values().stream().mapToLong(v -> v[1]).sum();
            long rawOnTime = raw.values().stream().mapToLong(v -> v[0]).sum();
            out.printf("check %s        aggregates on time %,d / %,d; GROUP BY %,d / %,d -> %s%n", quarter.key(),
                    fromAggregates.onTimeOrNotDue(), fromAggregates.handled(), rawOnTime, rawHandled,
                    fromAggregates.onTimeOrNotDue() == rawOnTime && fromAggregates.handled() == rawHandled ? "equal" : "DIFFERENT");

            UnitRef unit = directory.findByCode(units.get(0)).orElseThrow();
            Indicator onTime = catalogue.find("CS766_2_1").orElseThrow();
            YearMonth last = YearMonth.from(now);
            double[] heat = time(60, () -> achievements.heatmap(quarter, true));
            double[] heatSql = time(60, () -> stats.byUnit(quarter));
            double[] trend = time(60, () -> achievements.trend(onTime, unit, last));
            double[] heatRaw = time(rows > 2_000_000 ? 3 : 7, () -> rawHeatmap(quarter));
            double[] trendRaw = time(rows > 2_000_000 ? 3 : 7, () -> rawTrend(unit.id(), first, last));
            out.printf("province heatmap (page service)  p50 %7.2f ms  p95 %7.2f ms%n", heat[0], heat[1]);
            out.printf("province heatmap (SQL only)      p50 %7.2f ms  p95 %7.2f ms%n", heatSql[0], heatSql[1]);
            out.printf("  baseline GROUP BY over dossier p50 %7.2f ms  p95 %7.2f ms  -> %.0fx (page), %.0fx (SQL)%n",
                    heatRaw[0], heatRaw[1], heatRaw[0] / heat[0], heatRaw[0] / heatSql[0]);
            out.printf("unit 24-month trend              p50 %7.2f ms  p95 %7.2f ms%n", trend[0], trend[1]);
            out.printf("  baseline GROUP BY over dossier p50 %7.2f ms  p95 %7.2f ms  -> %.0fx%n",
                    trendRaw[0], trendRaw[1], trendRaw[0] / trend[0]);

            // freshness: a small upload for this month, then the dashboard query until it shows it
            Period month = Period.month(last);
            long before = stats.byUnit(month).getOrDefault(unit.id(), Counts.ZERO).received();
            ByteArrayOutputStream small = new ByteArrayOutputStream();
            SyntheticDossiers.write(new OutputStreamWriter(small, StandardCharsets.UTF_8), "BF", 1000, List.of(unit.code()),
                    procedures, last, now.plusHours(12).isAfter(LocalDateTime.now(clock)) ? LocalDateTime.now(clock) : now.plusHours(12), 7);
            long tc = System.nanoTime();
            IngestResult fr = ingest.ingestAsSystem("fresh.csv", DossierFormat.CSV, new ByteArrayInputStream(small.toByteArray()), null);
            long committed = System.nanoTime();
            long polls = 0;
            while (stats.byUnit(month).getOrDefault(unit.id(), Counts.ZERO).received() < before + 1000) {
                polls++;
                if (System.nanoTime() - committed > 10_000_000_000L) {
                    break;
                }
            }
            double visibleMs = (System.nanoTime() - committed) / 1e6;
            out.printf("freshness          upload of 1,000 rows %.0f ms (accepted %s); visible %.1f ms after commit (%d extra polls)%n",
                    (committed - tc) / 1e6, fr.accepted(), visibleMs, polls);
            t = System.nanoTime();
            jdbc.sql("create temp table bench_rebuild as " + Aggregates.REBUILD).update();
            out.printf("nightly-style full rebuild of the aggregates from the dossier table: %.1f s%n", secs(t));
            out.printf("peak heap during the run: %d MB of %d MB%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
            return 0;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A clean slate: no demo dossiers; 30 fields and 10 procedures each; 150 units. */
    private List<String> setUp() {
        List<String> units = new ArrayList<>();
        for (UnitRef u : directory.search(UnitQuery.all()).stream().map(vn.cchc.directory.Unit::ref).toList()) {
            if (units.size() < 150) {
                units.add(u.code());
            }
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("truncate dossier, dossier_month, dossier_unit_month").update();
            for (int f = 1; f <= 30; f++) {
                String field = String.format("B%02d", f);
                jdbc.sql("insert into dossier_field (code, name) values (?, ?) on conflict do nothing")
                        .params(field, "Lĩnh vực thử " + f).update();
                for (int p = 1; p <= 10; p++) {
                    jdbc.sql("""
                                    insert into dossier_procedure (code, name, field_code, online_level, fee_bearing, returns_result)
                                    values (?, ?, ?, 'PARTIAL', ?, true) on conflict do nothing""")
                            .params(field + "." + p, "Thủ tục thử " + p, field, p % 2 == 0).update();
                }
            }
            audit.created("dossier_procedure", "bench", Map.of("fields", 30, "procedures", 300),
                    "Danh mục thử cho đo hiệu năng");
        });
        return units;
    }

    /** The heatmap's answer straight from the dossier table: unit → (on time or not yet due, handled). */
    private Map<Long, long[]> rawHeatmap(Period p) {
        Map<Long, long[]> m = new java.util.HashMap<>();
        java.sql.Timestamp start = java.sql.Timestamp.valueOf(p.start().atStartOfDay());
        java.sql.Timestamp end = java.sql.Timestamp.valueOf(p.end().plusDays(1).atStartOfDay());
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
                        from dossier group by unit_id""")
                .params(start, end, end, end, end, start, end, end, end, start, end, start, end)
                .query(rs -> {
                    m.put(rs.getLong(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                });
        return m;
    }

    private List<long[]> rawTrend(long unitId, YearMonth from, YearMonth to) {
        List<long[]> list = new ArrayList<>();
        jdbc.sql("""
                        select m.month,
                          count(*) filter (where date_trunc('month', d.finished_at) = m.month and d.on_time),
                          count(*) filter (where date_trunc('month', d.finished_at) = m.month)
                            + count(*) filter (where d.received_at < m.month + interval '1 month'
                                               and (d.finished_at is null or d.finished_at >= m.month + interval '1 month'))
                        from generate_series(?::timestamp, ?::timestamp, interval '1 month') as m(month)
                        cross join dossier d where d.unit_id = ? group by m.month order by m.month""")
                .params(Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)), unitId)
                .query(rs -> {
                    list.add(new long[]{rs.getLong(2), rs.getLong(3)});
                });
        return list;
    }

    private static double[] time(int runs, Supplier<Object> query) {
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
        Arrays.sort(ms);
        return new double[]{ms[(int) Math.floor((runs - 1) * 0.5)], ms[(int) Math.ceil((runs - 1) * 0.95)]};
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void resetPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
