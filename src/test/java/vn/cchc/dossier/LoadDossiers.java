package vn.cchc.dossier;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * The load test's dossiers: the benchmark's synthetic file, ingested through the upload's fast path (a direct
 * binary COPY while no code of the file exists yet). Lives in the dossier package because the generator and the
 * ingest are the module's own, not its public API.
 */
public final class LoadDossiers {

    private LoadDossiers() {
    }

    /** Writes {@code rows} dossiers over the last 12 months for the given units and ingests them; returns the count. */
    public static long ingest(ApplicationContext context, long rows, List<String> unitCodes, Path dir) throws IOException {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        List<SyntheticDossiers.ProcedureRef> procedures = jdbc.sql("select code, field_code, fee_bearing from dossier_procedure")
                .query((rs, n) -> new SyntheticDossiers.ProcedureRef(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        LocalDateTime now = LocalDate.now(context.getBean(Clock.class)).atStartOfDay();
        Path file = Files.createTempFile(dir, "dossiers-", ".csv");
        try {
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                SyntheticDossiers.write(w, "TAI-", rows, unitCodes, procedures, YearMonth.from(now).minusMonths(11), now, 2026);
            }
            IngestResult r;
            try (InputStream in = Files.newInputStream(file)) {
                r = context.getBean(DossierIngest.class).ingestAsSystem("tai-thu.csv", DossierFormat.CSV, in, null);
            }
            if (!r.accepted()) {
                throw new IllegalStateException("load dossiers refused: " + r.errors());
            }
            return rows;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
