package vn.cchc.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code ./cchc bench partitions --rows N [--pairs P]}: the same file ingested into the partitioned {@code dossier}
 * (V7_4) and into an unpartitioned twin with the same columns and indexes (primary key on the code alone), in turn,
 * P times each, the order swapped every round; after each load, a day's upload of 1,000 new dossiers and the
 * dashboard and list queries, timed on the table just loaded. The twin takes the name {@code dossier} while it is
 * measured, so both run the upload's own code.
 */
@Component
class PartitionBench {

    private static final String[] LAYOUTS = {"partitioned", "unpartitioned"};

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DossierIngest ingest;
    private final DossierStats stats;
    private final DossierFigures figures;

    PartitionBench(JdbcClient jdbc, TransactionTemplate tx, DossierIngest ingest, DossierStats stats, DossierFigures figures) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.ingest = ingest;
        this.stats = stats;
        this.figures = figures;
    }

    int run(PrintStream out, PrintStream err, Path file, long rows, int pairs, UnitRef unit,
            List<SyntheticDossiers.ProcedureRef> procedures, LocalDateTime now) throws Exception {
        jdbc.sql("create table dossier_flat (like dossier including defaults)").update();
        jdbc.sql("alter table dossier_flat add constraint dossier_flat_pkey primary key (code)").update();
        jdbc.sql("create index dossier_flat_late_idx on dossier_flat (unit_id, finished_month) where late").update();
        jdbc.sql("create index dossier_flat_overdue_idx on dossier_flat (unit_id, overdue_month) where overdue_month is not null").update();
        jdbc.sql("create index dossier_flat_unit_received_idx on dossier_flat (unit_id, received_at)").update();
        Period quarter = Period.containing(PeriodType.QUARTER, now.toLocalDate()).previous();
        Map<String, Map<String, List<Double>>> measured = new LinkedHashMap<>();
        for (String layout : LAYOUTS) {
            measured.put(layout, new LinkedHashMap<>());
        }
        boolean flatActive = false;
        try {
            for (int round = 1; round <= pairs; round++) {
                for (int k = 0; k < 2; k++) {
                    String layout = LAYOUTS[(round + k + 1) % 2];
                    boolean flat = layout.equals("unpartitioned");
                    if (flat != flatActive) {
                        swap(flat);
                        flatActive = flat;
                    }
                    Map<String, List<Double>> m = measured.get(layout);
                    jdbc.sql("truncate dossier, dossier_code, dossier_month, dossier_unit_month, dossier_change").update();
                    IngestProgress progress = new IngestProgress();
                    long t = System.nanoTime();
                    IngestResult r;
                    try (InputStream in = Files.newInputStream(file)) {
                        r = ingest.ingestAsSystem("bench.csv", DossierFormat.CSV, in, progress);
                    }
                    double secs = (System.nanoTime() - t) / 1e9;
                    if (!r.accepted() || r.rowsNew() != rows) {
                        err.println("ingest refused or incomplete: " + r);
                        return 1;
                    }
                    add(m, "ingest of new dossiers (s)", secs);
                    jdbc.sql("analyze dossier").update();
                    add(m, "a day's upload of 1,000 new dossiers (ms)", dailyUpload(round * 10 + k, unit, procedures, now));
                    add(m, "province aggregates by unit, a quarter (ms)", median(() -> stats.byUnit(quarter)));
                    add(m, "one unit's figures of a quarter, from dossier (ms)",
                            median(() -> figures.window(unit.id(), quarter.start(), quarter.end())));
                    add(m, "late list of the province, a quarter (ms)",
                            median(() -> stats.list(DossierStats.ListKind.LATE, quarter, null, 100)));
                    add(m, "late list of one unit, a quarter (ms)",
                            median(() -> stats.list(DossierStats.ListKind.LATE, quarter, unit.id(), 100)));
                    add(m, "overdue list of the province, a quarter (ms)",
                            median(() -> stats.list(DossierStats.ListKind.OVERDUE, quarter, null, 100)));
                    out.printf("round %d %-13s ingest %6.1f s (%,.0f rows/s) phases (ms) %s%n", round, layout, secs,
                            rows / secs, progress.millis());
                }
            }
        } finally {
            if (flatActive) {
                swap(false);
            }
            jdbc.sql("drop table dossier_flat").update();
        }
        out.printf("partitioned vs unpartitioned, %,d rows, %d rounds: min / median / max (queries: median of 20 after 3 warm-ups)%n",
                rows, pairs);
        for (String what : measured.get(LAYOUTS[0]).keySet()) {
            double[] p = BenchBaselines.spread(measured.get("partitioned").get(what));
            double[] u = BenchBaselines.spread(measured.get("unpartitioned").get(what));
            out.printf("  %-50s partitioned %9.2f / %9.2f / %9.2f   unpartitioned %9.2f / %9.2f / %9.2f   ratio of medians %.2f%n",
                    what, p[0], p[1], p[2], u[0], u[1], u[2], p[1] / u[1]);
        }
        return 0;
    }

    /** The twin takes the name dossier (flat) or gives it back. */
    private void swap(boolean flat) {
        tx.executeWithoutResult(s -> {
            if (flat) {
                jdbc.sql("alter table dossier rename to dossier_partitioned").update();
                jdbc.sql("alter table dossier_flat rename to dossier").update();
            } else {
                jdbc.sql("alter table dossier rename to dossier_flat").update();
                jdbc.sql("alter table dossier_partitioned rename to dossier").update();
            }
        });
    }

    private double dailyUpload(int seed, UnitRef unit, List<SyntheticDossiers.ProcedureRef> procedures, LocalDateTime now)
            throws Exception {
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        try (OutputStreamWriter w = new OutputStreamWriter(small, StandardCharsets.UTF_8)) {
            SyntheticDossiers.write(w, "BD" + seed + "-", 1000, List.of(unit.code()), procedures, YearMonth.from(now), now, seed);
        }
        long t = System.nanoTime();
        IngestResult r = ingest.ingestAsSystem("day.csv", DossierFormat.CSV, new ByteArrayInputStream(small.toByteArray()), null);
        double ms = (System.nanoTime() - t) / 1e6;
        if (!r.accepted() || r.rowsNew() != 1000) {
            throw new IllegalStateException("the day's upload was refused or repeated codes: " + r);
        }
        return ms;
    }

    private static double median(Supplier<Object> query) {
        return BenchBaselines.time(20, query)[0];
    }

    private static void add(Map<String, List<Double>> m, String what, double value) {
        m.computeIfAbsent(what, w -> new ArrayList<>()).add(value);
    }
}
