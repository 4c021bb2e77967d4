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
 * {@code ./cchc bench dossiers --rows N [--pairs P]}: synthetic dossiers for 150 units, 30 fields and 24 months,
 * ingested through the upload's code path in turn with a raw COPY of the same file (P pairs of new dossiers, then P
 * pairs of a file that changes every stored one), with the dashboard queries timed against baselines over the dossier
 * table, and the statistics page over HTTP beside its controller. Runs on command mode's throwaway database.
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
    private final PageOverHttp pageOverHttp;
    private final PartitionBench partitionBench;

    BenchCommand(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, Directory directory, DossierIngest ingest,
                 DossierStats stats, Achievements achievements, Catalogue catalogue, AuditLog audit, Clock clock,
                 PageOverHttp pageOverHttp, PartitionBench partitionBench) {
        this.partitionBench = partitionBench;
        this.clock = clock;
        this.pageOverHttp = pageOverHttp;
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
        return "dossiers|partitions --rows N  đo tốc độ nhập và truy vấn hồ sơ (dữ liệu giả lập)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.isEmpty() || !List.of("dossiers", "partitions").contains(arguments.get(0))) {
            err.println("Cách dùng: ./cchc bench dossiers|partitions --rows N [--pairs P]");
            return 2;
        }
        long rows = number(arguments, "--rows", 1_000_000);
        int pairs = (int) Math.max(1, number(arguments, "--pairs", 3));
        out.printf("bench dossiers: %,d rows, 150 units, 30 fields, 24 months; %d pairs; max heap %d MB, %d CPUs%n", rows,
                pairs, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        List<String> units = setUp();
        List<SyntheticDossiers.ProcedureRef> procedures = jdbc.sql(
                        "select code, field_code, fee_bearing from dossier_procedure where code like 'B%'")
                .query((rs, n) -> new SyntheticDossiers.ProcedureRef(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        LocalDateTime now = LocalDate.now(clock).atStartOfDay();
        YearMonth first = YearMonth.from(now).minusMonths(23);

        Path file = Files.createTempFile("cchc-bench-", ".csv");
        if (arguments.get(0).equals("partitions")) {
            try {
                write(file, rows, units, procedures, first, now, 42);
                return partitionBench.run(out, err, file, rows, pairs, directory.findByCode(units.get(0)).orElseThrow(),
                        procedures, now);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        // the same codes with other values (another seed): every row of it changes a stored dossier
        Path changed = Files.createTempFile("cchc-bench-update-", ".csv");
        Path statuses = Files.createTempFile("cchc-bench-status-", ".csv");
        try {
            long t = System.nanoTime();
            write(file, rows, units, procedures, first, now, 42);
            write(changed, rows, units, procedures, first, now, 43);
            out.printf("generate 2 files   %8.1f s  (%,d MB each)%n", secs(t), Files.size(file) >> 20);

            // new dossiers: raw COPY (baseline) and the ingest in turn, on an empty dossier table each time
            long peakNew = pairs(out, err, "new", rows, pairs, i -> file, true);
            // known dossiers: every row changes a stored one (staging, history, upsert); the two files alternate
            long peakUpdate = pairs(out, err, "update", rows, pairs, i -> i % 2 == 1 ? changed : file, false);
            // the usual status report: the stored rows again, one in 20 with another status
            Path stored = pairs % 2 == 1 ? changed : file;
            statusChanges(stored, statuses);
            long peakStatus = pairs(out, err, "status", rows, pairs, i -> i % 2 == 1 ? statuses : stored, false);
            if (peakNew < 0 || peakUpdate < 0 || peakStatus < 0) {
                return 1;
            }
            long peak = Math.max(peakNew, Math.max(peakUpdate, peakStatus));
            out.printf("peak heap during the ingests: %d MB%n", peak);
            jdbc.sql("analyze dossier").update();
            jdbc.sql("analyze dossier_unit_month").update();
            jdbc.sql("analyze dossier_month").update();
            return dashboards(out, units, procedures, now, first);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(changed);
            Files.deleteIfExists(statuses);
        }
    }

    private int dashboards(PrintStream out, List<String> units, List<SyntheticDossiers.ProcedureRef> procedures,
                           LocalDateTime now, YearMonth first) throws Exception {
        // correctness at scale, after the updates: the aggregates equal a plain GROUP BY over the dossiers
        BenchBaselines baselines = new BenchBaselines(jdbc);
        Period quarter = Period.containing(PeriodType.QUARTER, now.toLocalDate()).previous();
        Counts fromAggregates = stats.province(quarter);
        Map<Long, long[]> raw = baselines.heatmap(quarter);
        long rawHandled = raw.values().stream().mapToLong(v -> v[1]).sum();
        long rawOnTime = raw.values().stream().mapToLong(v -> v[0]).sum();
        out.printf("check %s        aggregates on time %,d / %,d; GROUP BY %,d / %,d -> %s%n", quarter.key(),
                fromAggregates.onTimeOrNotDue(), fromAggregates.handled(), rawOnTime, rawHandled,
                fromAggregates.onTimeOrNotDue() == rawOnTime && fromAggregates.handled() == rawHandled ? "equal" : "DIFFERENT");

        UnitRef unit = directory.findByCode(units.get(0)).orElseThrow();
        Indicator onTime = catalogue.find("CS766_2_1").orElseThrow();
        YearMonth last = YearMonth.from(now);
        baselines.createIndexes();
        try {
            double[] heat = BenchBaselines.time(60, () -> achievements.heatmap(quarter, true));
            double[] heatSql = BenchBaselines.time(60, () -> stats.byUnit(quarter));
            double[] heatRaw = BenchBaselines.time(20, () -> baselines.heatmap(quarter));
            double[] trend = BenchBaselines.time(60, () -> achievements.trend(onTime, unit, last));
            double[] trendRaw = BenchBaselines.time(20, () -> baselines.trend(unit.id(), first, last));
            out.println("dashboards, ms (p50 / p95; baselines: period filtered in SQL, indexes on dossier(unit_id) and (received_at))");
            out.printf("province heatmap (page service)  p50 %7.2f  p95 %7.2f%n", heat[0], heat[1]);
            out.printf("province heatmap (SQL only)      p50 %7.2f  p95 %7.2f%n", heatSql[0], heatSql[1]);
            out.printf("  baseline over dossier          p50 %7.2f  p95 %7.2f  -> p95/p95 %.1fx (page service), %.1fx (SQL)%n",
                    heatRaw[0], heatRaw[1], heatRaw[1] / heat[1], heatRaw[1] / heatSql[1]);
            out.printf("unit 24-month trend              p50 %7.2f  p95 %7.2f%n", trend[0], trend[1]);
            out.printf("  baseline over dossier          p50 %7.2f  p95 %7.2f  -> p95/p95 %.1fx%n",
                    trendRaw[0], trendRaw[1], trendRaw[1] / trend[1]);
        } finally {
            baselines.dropIndexes();
        }
        pageOverHttp.run(out, quarter, 40);

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
        long t = System.nanoTime();
        jdbc.sql("create temp table bench_rebuild as " + Aggregates.REBUILD).update();
        out.printf("nightly-style full rebuild of the aggregates from the dossier table: %.1f s%n", secs(t));
        out.printf("peak heap during the run: %d MB of %d MB%n", peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    private static long number(List<String> arguments, String name, long otherwise) {
        int idx = arguments.indexOf(name);
        return idx >= 0 && idx + 1 < arguments.size() ? Long.parseLong(arguments.get(idx + 1).replace("_", "")) : otherwise;
    }

    private static void write(Path file, long rows, List<String> units, List<SyntheticDossiers.ProcedureRef> procedures,
                              YearMonth first, LocalDateTime now, long seed) throws Exception {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
            SyntheticDossiers.write(w, "BX", rows, units, procedures, first, now, seed);
        }
    }

    /** The baseline: a raw COPY of the same file into an unindexed table (made and dropped here); seconds. */
    private double rawCopy(Path file) throws Exception {
        jdbc.sql("""
                create table bench_raw (code text, procedure_code text, field_code text, unit_code text,
                    received_at timestamp, due_at timestamp, finished_at timestamp, returned_at timestamp, channel smallint,
                    supplement_requests smallint, supplement_days numeric, digitised smallint, electronic_result smallint,
                    fee numeric, paid_online smallint, apology smallint, synced smallint, complaint smallint, status text)""")
                .update();
        long t = System.nanoTime();
        try (Connection c = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_raw from stdin (format csv, header true)", in, 1 << 16);
        }
        double s = secs(t);
        jdbc.sql("drop table bench_raw").update();
        return s;
    }

    /** The upload's path for the file; seconds, or -1 when it was refused. */
    private double ingest(Path file, IngestProgress progress, PrintStream err) throws Exception {
        long t = System.nanoTime();
        IngestResult r;
        try (InputStream in = Files.newInputStream(file)) {
            r = ingest.ingestAsSystem("bench.csv", DossierFormat.CSV, in, progress);
        }
        if (!r.accepted()) {
            err.println("ingest refused: " + r.errors());
            return -1;
        }
        return secs(t);
    }

    /** Pairs of raw COPY and ingest of the files given per pair; the peak heap in MB, or -1 when one was refused. */
    private long pairs(PrintStream out, PrintStream err, String kind, long rows, int pairs,
                       java.util.function.IntFunction<Path> fileOf, boolean empty) throws Exception {
        List<Double> copies = new ArrayList<>(), ingests = new ArrayList<>(), ratios = new ArrayList<>();
        long peak = 0;
        for (int i = 1; i <= pairs; i++) {
            if (empty) {
                jdbc.sql("truncate dossier, dossier_code, dossier_month, dossier_unit_month, dossier_change").update();
            }
            Path f = fileOf.apply(i);
            double copySecs = rawCopy(f);
            resetPeak();
            IngestProgress progress = new IngestProgress();
            double ingestSecs = ingest(f, progress, err);
            if (ingestSecs < 0) {
                return -1;
            }
            peak = Math.max(peak, peakHeapMb());
            copies.add(copySecs);
            ingests.add(ingestSecs);
            ratios.add(copySecs / ingestSecs);
            out.printf("%-6s pair %d  raw COPY %6.1f s  ingest %6.1f s  ratio %.2f  phases (ms) %s%n", kind, i, copySecs,
                    ingestSecs, copySecs / ingestSecs, progress.millis());
        }
        summary(out, kind, rows, copies, ingests, ratios);
        return peak;
    }

    /** A copy of the file in which every 20th dossier has another status (its last column). */
    private static void statusChanges(Path from, Path to) throws Exception {
        try (java.io.BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
             Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            w.write(line);
            w.write('\n');
            long n = 0;
            while ((line = r.readLine()) != null) {
                if (++n % 20 == 0) {
                    line = line.endsWith(",FINISHED") ? line.substring(0, line.length() - 8) + "RETURNED"
                            : line.substring(0, line.lastIndexOf(',') + 1) + "SUPPLEMENT";
                }
                w.write(line);
                w.write('\n');
            }
        }
    }

    private static void summary(PrintStream out, String kind, long rows, List<Double> copies, List<Double> ingests,
                                List<Double> ratios) {
        double[] c = BenchBaselines.spread(copies), i = BenchBaselines.spread(ingests), r = BenchBaselines.spread(ratios);
        out.printf("%-6s min/median/max  raw COPY %.1f / %.1f / %.1f s  ingest %.1f / %.1f / %.1f s (median %,.0f rows/s)"
                        + "  ratio ingest/COPY %.2f / %.2f / %.2f%n", kind, c[0], c[1], c[2], i[0], i[1], i[2], rows / i[1],
                r[0], r[1], r[2]);
    }

    /** A clean slate: no other dossiers; 30 fields and 10 procedures each; 150 units. */
    private List<String> setUp() {
        List<String> units = new ArrayList<>();
        for (UnitRef u : directory.search(UnitQuery.all()).stream().map(vn.cchc.directory.Unit::ref).toList()) {
            if (units.size() < 150) {
                units.add(u.code());
            }
        }
        tx.executeWithoutResult(s -> {
            jdbc.sql("truncate dossier, dossier_code, dossier_month, dossier_unit_month").update();
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
