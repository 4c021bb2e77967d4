package vn.cchc.dossier;

import org.apache.commons.io.input.TeeInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitQuery;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.spreadsheet.SheetReader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ingests a file of dossier records. The file is streamed: each line is decoded, validated and written, in
 * PostgreSQL's binary COPY format, as it is read, so memory does not grow with the file. The rows first go
 * straight into {@code dossier}, as if every code were new; the new rows' contributions to the monthly aggregates
 * are summed in Java meanwhile and added at the end. When the primary key refuses a row (a code already stored,
 * or twice in the file), everything since a savepoint is undone and the file is read again (a copy of the bytes
 * read so far is kept in a temporary file, then the rest of the stream) into a temporary staging table; then
 * set-based SQL subtracts what the previous versions of the same codes contributed, upserts the dossiers and adds
 * the new contributions. All in one transaction: one bad row rolls everything back; re-sending a file changes
 * nothing; the dashboards see the file at commit.
 */
@Service
public class DossierIngest {

    private static final Logger log = LoggerFactory.getLogger(DossierIngest.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Directory directory;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final DossierCopy copy;
    private final AggregateUpdate aggregates;
    private final DossierChanges changes;
    private final Clock clock;
    private final SheetReader sheets;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final IngestMeter meter;

    DossierIngest(JdbcClient jdbc, TransactionTemplate tx, Directory directory, AuditLog audit, ObjectMapper json,
                  MessageSource messages, DossierCopy copy, AggregateUpdate aggregates, DossierChanges changes,
                  Clock clock, SheetReader sheets, org.springframework.context.ApplicationEventPublisher events,
                  IngestMeter meter) {
        this.meter = meter;
        this.events = events;
        this.clock = clock;
        this.sheets = sheets;
        this.jdbc = jdbc;
        this.tx = tx;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.messages = messages;
        this.copy = copy;
        this.aggregates = aggregates;
        this.changes = changes;
    }

    /** Who may send dossiers: the standing agency and administrators for every unit, an officer for their own. */
    static Long allowedUnit() {
        CchcUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("dossier.error.forbidden"));
        if (user.has(Role.ADMIN) || user.has(Role.STANDING_AGENCY)) {
            return null;
        }
        if (user.has(Role.UNIT_OFFICER)) {
            return user.unitId();
        }
        throw new AccessDeniedException("dossier.error.forbidden");
    }

    /** Ingests for the signed-in user. */
    public IngestResult ingest(String fileName, DossierFormat format, InputStream in, IngestProgress progress) {
        return run(fileName, format, in, progress, allowedUnit());
    }

    /** Ingests without a signed-in user (sample data, benchmark); the audit trail records "system". */
    public IngestResult ingestAsSystem(String fileName, DossierFormat format, InputStream in, IngestProgress progress) {
        return run(fileName, format, in, progress, null);
    }

    private IngestResult run(String fileName, DossierFormat format, InputStream raw, IngestProgress progress, Long onlyUnit) {
        long t0 = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        IngestProgress p = progress == null ? new IngestProgress() : progress;
        String actor = CurrentUser.get().map(CchcUser::username).orElse("system");
        RowErrors errors = new RowErrors(messages);
        DossierReader reader = new DossierReader(format, errors, json, p, sheets, fileName);
        Job job = new Job(fileName, format, p.counting(raw), p, onlyUnit, errors, reader);
        try {
            IngestResult stored = tx.execute(status -> job.execute(status, startedAt, actor, t0));
            meter.stored(stored);
            return stored;
        } catch (IngestRejected e) {
            List<IngestError> kept = e.errors;
            Long id = tx.execute(status -> {
                long ingestId = jdbc.sql("""
                                insert into dossier_ingest (file_name, format, encoding, status, rows_read, errors, error_count,
                                                            started_at, actor)
                                values (?, ?, ?, 'REJECTED', ?, cast(? as jsonb), ?, ?, ?) returning id""")
                        .params(fileName, format.name(), reader.encoding(), e.rowsRead, json.writeValueAsString(kept),
                                e.errorCount, startedAt, actor)
                        .query(Long.class).single();
                audit.created("dossier_ingest", ingestId, Map.of("file", String.valueOf(fileName), "status", "REJECTED",
                        "errors", e.errorCount), "Từ chối tệp hồ sơ " + fileName + ": " + e.errorCount + " lỗi");
                return ingestId;
            });
            p.phase = "REJECTED";
            meter.refused(e.rowsRead);
            return new IngestResult(id == null ? 0 : id, fileName, format.name(), reader.encoding(), false, e.rowsRead, 0, 0,
                    e.errorCount, kept, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** Everything the checks need, read before COPY starts: the connection is busy until it ends. */
    private RowChecks checks(RowErrors errors, Long onlyUnit) {
        Map<String, Procedure> procedures = new HashMap<>();
        jdbc.sql("select code, name, field_code, online_level, fee_bearing, returns_result from dossier_procedure")
                .query(rs -> {
                    procedures.put(rs.getString(1), new Procedure(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)));
                });
        Set<String> fields = Set.copyOf(jdbc.sql("select code from dossier_field").query(String.class).list());
        Map<String, UnitRef> units = new HashMap<>();
        directory.search(UnitQuery.all()).forEach(u -> units.put(u.code(), u.ref()));
        return new RowChecks(errors, units, procedures, fields, onlyUnit, java.time.LocalDateTime.now(clock));
    }

    /** One file being ingested. */
    private final class Job {
        final String fileName;
        final DossierFormat format;
        final InputStream in;
        final IngestProgress progress;
        final Long onlyUnit;
        final RowErrors errors;
        final DossierReader reader;

        Job(String fileName, DossierFormat format, InputStream in, IngestProgress progress, Long onlyUnit,
            RowErrors errors, DossierReader reader) {
            this.fileName = fileName;
            this.format = format;
            this.in = in;
            this.progress = progress;
            this.onlyUnit = onlyUnit;
            this.errors = errors;
            this.reader = reader;
        }

        IngestResult execute(TransactionStatus status, OffsetDateTime startedAt, String actor, long t0) {
            jdbc.sql("select pg_advisory_xact_lock(7007001)").query(Object.class).optional();
            // the set-based statements are simple scans and hash aggregates: compiling them costs more than it saves
            jdbc.sql("set local jit = off").update();
            // the delta's hash aggregate has one group per unit, field and month touched: keep it in memory
            jdbc.sql("set local work_mem = '256MB'").update();
            RowChecks checks = checks(errors, onlyUnit);
            long ingestId = jdbc.sql("""
                            insert into dossier_ingest (file_name, format, encoding, status, started_at, actor)
                            values (?, ?, ?, 'ACCEPTED', ?, ?) returning id""")
                    .params(fileName, format.name(), reader.encoding(), startedAt, actor).query(Long.class).single();
            long phase = System.nanoTime();
            // First try: the rows go straight into dossier by one binary COPY, as if every code were new (the
            // usual case). The primary key stops it at the first code already stored or repeated in the file;
            // then everything since the savepoint is undone and the file is read again (from a copy of the bytes
            // read so far, then the rest of the stream) through the staging table and the upsert.
            Path spool;
            try {
                spool = Files.createTempFile("cchc-ingest-", ".part");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                Object beforeCopy = status.createSavepoint();
                StageWriter writer;
                try (OutputStream copyOfInput = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                    // the reader skips a BOM inside its buffer, so every byte passes through read() and is copied
                    InputStream tee = new TeeInputStream(in, copyOfInput);
                    writer = copy.intoDossier(w -> reader.read(tee, rows(checks, w)), errors, ingestId);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                boolean direct = writer != null;
                if (!direct) {
                    status.rollbackToSavepoint(beforeCopy);
                    log.info("{}: a dossier code is already stored or repeated, ingesting through staging", fileName);
                    reader.restart();
                    try (InputStream again = new SequenceInputStream(Files.newInputStream(spool), in)) {
                        writer = copy.intoStaging(w -> reader.read(again, rows(checks, w)), errors, ingestId);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                long rows = reader.rows();
                progress.rows.set(rows);
                phase = lap(direct ? "1 read, check, COPY into dossier" : "1 read, check, COPY (again) to staging", phase);
                if (errors.any()) {
                    throw errors.rejection(rows);
                }
                if (rows == 0) {
                    errors.add(0, null, "dossier.error.empty");
                    throw errors.rejection(rows);
                }
                if (!direct && onlyUnit != null) {
                    // only a file that repeats stored codes comes here; the direct COPY stores new codes only
                    changes.refuseOtherUnits(onlyUnit, errors);
                    if (errors.any()) {
                        throw errors.rejection(rows);
                    }
                }
                progress.phase = "AGGREGATING";
                long[] counts;
                int changed = 0;
                if (direct) {
                    aggregates.deltaOfNewRows(writer);
                    counts = new long[]{rows, 0};
                } else {
                    aggregates.deltaOfStagedRows(writer);
                    phase = lap("2 delta", phase);
                    changed = changes.record(ingestId);
                    phase = lap("3 history", phase);
                    counts = aggregates.upsert(status, ingestId, errors);
                    if (counts == null) {
                        throw errors.rejection(rows);
                    }
                    phase = lap("4 upsert", phase);
                }
                aggregates.apply();
                lap("5 aggregates", phase);
                jdbc.sql("""
                                update dossier_ingest set encoding = ?, rows_read = ?, rows_new = ?, rows_updated = ?,
                                    finished_at = now(), committed_at = clock_timestamp() where id = ?""")
                        .params(reader.encoding(), rows, counts[0], counts[1], ingestId).update();
                audit.created("dossier_ingest", ingestId, Map.of("file", String.valueOf(fileName), "format", format.name(),
                                "rows", rows, "new", counts[0], "updated", counts[1], "changed", changed),
                        "Nhập tệp hồ sơ " + fileName + ": " + rows + " dòng (" + counts[0] + " mới, " + counts[1] + " cập nhật)");
                // the indicators computed from dossiers (and the heatmap built on them) change once this commits
                events.publishEvent(new vn.cchc.indicator.SourceValuesChanged("dossier", rows));
                progress.phase = "DONE";
                return new IngestResult(ingestId, fileName, format.name(), reader.encoding(), true, rows, counts[0],
                        counts[1], 0, List.of(), (System.nanoTime() - t0) / 1_000_000);
            } finally {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException e) {
                    log.warn("could not delete {}", spool, e);
                }
            }
        }

        /** Each row read is checked, and written while the file has no error. */
        private DossierReader.Rows rows(RowChecks checks, StageWriter writer) {
            return (cells, line) -> {
                DossierRow row = checks.validate(cells, line);
                if (row != null && !errors.any()) {
                    writer.write(row);
                }
            };
        }

        private long lap(String name, long since) {
            long now = System.nanoTime();
            progress.millis.put(name, (now - since) / 1_000_000);
            return now;
        }
    }
}
