package vn.cchc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitKind;
import vn.cchc.directory.UnitQuery;
import vn.cchc.dossier.DossierFormat;
import vn.cchc.dossier.DossierIngest;
import vn.cchc.dossier.IngestResult;
import vn.cchc.dossier.SyntheticDossiers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo installation: 24 months of synthetic dossiers for the current departments and a sample of communes,
 * ingested through the same path as an upload (as "system"). Not in command mode (the benchmark brings its own).
 */
@Component
@Profile("demo & !command")
@Order(40)
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);
    static final int ROWS = 6000;

    private final JdbcClient jdbc;
    private final Directory directory;
    private final DossierIngest ingest;
    private final Clock clock;

    DemoDossiers(JdbcClient jdbc, Directory directory, DossierIngest ingest, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.directory = directory;
        this.ingest = ingest;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (jdbc.sql("select count(*) from dossier_ingest").query(Long.class).single() > 0) {
            return;
        }
        List<String> units = new ArrayList<>();
        directory.search(new UnitQuery(null, UnitKind.DEPARTMENT, null, false)).forEach(u -> units.add(u.code()));
        List<String> communes = new ArrayList<>();
        directory.search(new UnitQuery(null, UnitKind.COMMUNE, null, false)).forEach(u -> communes.add(u.code()));
        directory.search(new UnitQuery(null, UnitKind.WARD, null, false)).forEach(u -> communes.add(u.code()));
        units.addAll(communes.subList(0, Math.min(20, communes.size())));
        List<SyntheticDossiers.ProcedureRef> procedures = jdbc.sql("select code, field_code, fee_bearing from dossier_procedure")
                .query((rs, n) -> new SyntheticDossiers.ProcedureRef(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LocalDateTime now = LocalDate.now(clock).atStartOfDay();
        SyntheticDossiers.write(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), "DEMO-", ROWS, units, procedures,
                YearMonth.from(now).minusMonths(23), now, 2025);
        IngestResult r = ingest.ingestAsSystem("du-lieu-mau.csv", DossierFormat.CSV, new ByteArrayInputStream(bytes.toByteArray()), null);
        if (!r.accepted()) {
            log.warn("Demo dossiers refused: {}", r.errors());
        }
    }
}
