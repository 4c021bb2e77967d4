package vn.cchc.dossier;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitQuery;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

import javax.sql.DataSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    static final int MAX_ERRORS = 100;
    static final Set<String> STATUSES = Set.of("RECEIVED", "PROCESSING", "SUPPLEMENT", "FINISHED", "RETURNED",
            "REFUSED", "STOPPED", "WITHDRAWN");
    private static final Charset WINDOWS_1258 = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : null;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Directory directory;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final Clock clock;

    DossierIngest(DataSource dataSource, JdbcClient jdbc, TransactionTemplate tx, Directory directory, AuditLog audit,
                  ObjectMapper json, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.tx = tx;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.messages = messages;
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

    /** Ingests without a signed-in user (demo data, benchmark); the audit trail records "system". */
    IngestResult ingestAsSystem(String fileName, DossierFormat format, InputStream in, IngestProgress progress) {
        return run(fileName, format, in, progress, null);
    }

    private IngestResult run(String fileName, DossierFormat format, InputStream raw, IngestProgress progress, Long onlyUnit) {
        long t0 = System.nanoTime();
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        IngestProgress p = progress == null ? new IngestProgress() : progress;
        String actor = CurrentUser.get().map(CchcUser::username).orElse("system");
        Job job = new Job(fileName, format, new CountingInputStream(raw, p), p, onlyUnit);
        try {
            return tx.execute(status -> job.execute(status, startedAt, actor, t0));
        } catch (IngestRejected e) {
            List<IngestError> errors = e.errors;
            Long id = tx.execute(status -> {
                long ingestId = jdbc.sql("""
                                insert into dossier_ingest (file_name, format, encoding, status, rows_read, errors, error_count,
                                                            started_at, actor)
                                values (?, ?, ?, 'REJECTED', ?, cast(? as jsonb), ?, ?, ?) returning id""")
                        .params(fileName, format.name(), job.encoding, e.rowsRead, json.writeValueAsString(errors),
                                e.errorCount, startedAt, actor)
                        .query(Long.class).single();
                audit.created("dossier_ingest", ingestId, Map.of("file", String.valueOf(fileName), "status", "REJECTED",
                        "errors", e.errorCount), "Từ chối tệp hồ sơ " + fileName + ": " + e.errorCount + " lỗi");
                return ingestId;
            });
            p.phase = "REJECTED";
            return new IngestResult(id == null ? 0 : id, fileName, format.name(), job.encoding, false, e.rowsRead, 0, 0,
                    e.errorCount, errors, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** One file being ingested. */
    private final class Job {
        final String fileName;
        final DossierFormat format;
        final InputStream in;
        final IngestProgress progress;
        final Long onlyUnit;
        final List<IngestError> errors = new ArrayList<>();
        int errorCount;
        long rows;
        String encoding = "UTF-8";
        final Map<String, Optional<UnitRef>> units = new HashMap<>();
        Map<String, Procedure> procedures;
        Set<String> fields;
        StageWriter stage;
        /** A receipt after this is in the future (one clock reading per file, not per row). */
        final LocalDateTime latestReceipt = LocalDateTime.now(clock).plusDays(1);

        Job(String fileName, DossierFormat format, InputStream in, IngestProgress progress, Long onlyUnit) {
            this.fileName = fileName;
            this.format = format;
            this.in = in;
            this.progress = progress;
            this.onlyUnit = onlyUnit;
        }

        void error(long line, Column column, String key, Object... args) {
            errorCount++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new IngestError(line, column == null ? null : column.header(), text(key, args)));
            }
        }

        IngestResult execute(TransactionStatus status, OffsetDateTime startedAt, String actor, long t0) {
            jdbc.sql("select pg_advisory_xact_lock(7007001)").query(Object.class).optional();
            // the set-based statements are simple scans and hash aggregates: compiling them costs more than it saves
            jdbc.sql("set local jit = off").update();
            // the delta's hash aggregate has one group per unit, field and month touched: keep it in memory
            jdbc.sql("set local work_mem = '256MB'").update();
            procedures = new HashMap<>();
            jdbc.sql("select code, name, field_code, online_level, fee_bearing, returns_result from dossier_procedure")
                    .query(rs -> {
                        procedures.put(rs.getString(1), new Procedure(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)));
                    });
            fields = Set.copyOf(jdbc.sql("select code from dossier_field").query(String.class).list());
            // everything the checks need is read before COPY starts: the connection is busy until it ends
            directory.search(UnitQuery.all()).forEach(u -> units.put(u.code(), Optional.of(u.ref())));
            long ingestId = jdbc.sql("""
                            insert into dossier_ingest (file_name, format, encoding, status, started_at, actor)
                            values (?, ?, ?, 'ACCEPTED', ?, ?) returning id""")
                    .params(fileName, format.name(), encoding, startedAt, actor).query(Long.class).single();
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
                boolean direct;
                try (OutputStream copyOfInput = new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16)) {
                    direct = copyIn("copy dossier (" + Aggregates.COLUMNS + ", ingest_id) from stdin (format binary)",
                            new TeeInputStream(in, copyOfInput), false, ingestId);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (!direct) {
                    status.rollbackToSavepoint(beforeCopy);
                    log.info("{}: a dossier code is already stored or repeated, ingesting through staging", fileName);
                    errors.clear();
                    errorCount = 0;
                    rows = 0;
                    encoding = "UTF-8";
                    jdbc.sql("create temp table dossier_stage (like dossier including defaults) on commit drop").update();
                    jdbc.sql("alter table dossier_stage add column line bigint").update();
                    try (InputStream again = new SequenceInputStream(Files.newInputStream(spool), in)) {
                        if (!copyIn("copy dossier_stage (" + StageWriter.COLUMNS + ") from stdin (format binary)", again,
                                true, ingestId)) {
                            throw new IllegalStateException("staging table has no unique key");
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                progress.rows.set(rows);
                phase = lap(direct ? "1 read, check, COPY into dossier" : "1 read, check, COPY (again) to staging", phase);
                if (errorCount > 0) {
                    throw new IngestRejected(errors, errorCount, rows);
                }
                if (rows == 0) {
                    error(0, null, "dossier.error.empty");
                    throw new IngestRejected(errors, errorCount, rows);
                }
                progress.phase = "AGGREGATING";
                long[] counts;
                if (direct) {
                    // no earlier version of any row: the change of the aggregates is the new rows' contributions
                    createContributions("dossier_delta");
                    counts = new long[]{rows, 0};
                } else {
                    jdbc.sql("analyze dossier_stage").update();
                    createContributions("dossier_new");
                    jdbc.sql("create temp table dossier_delta on commit drop as " + Aggregates.DELTA).update();
                    phase = lap("2 delta", phase);
                    Object savepoint = status.createSavepoint();
                    try {
                        counts = jdbc.sql(Aggregates.UPSERT).param(ingestId)
                                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
                    } catch (DataAccessException e) {
                        status.rollbackToSavepoint(savepoint);
                        duplicates();
                        if (errorCount > 0) {
                            throw new IngestRejected(errors, errorCount, rows);
                        }
                        throw e;
                    }
                    phase = lap("3 upsert", phase);
                }
                jdbc.sql(Aggregates.APPLY_MONTH).update();
                jdbc.sql(Aggregates.APPLY_UNIT_MONTH).update();
                lap("4 aggregates", phase);
                jdbc.sql("""
                                update dossier_ingest set encoding = ?, rows_read = ?, rows_new = ?, rows_updated = ?,
                                    finished_at = now(), committed_at = clock_timestamp() where id = ?""")
                        .params(encoding, rows, counts[0], counts[1], ingestId).update();
                audit.created("dossier_ingest", ingestId, Map.of("file", String.valueOf(fileName), "format", format.name(),
                                "rows", rows, "new", counts[0], "updated", counts[1]),
                        "Nhập tệp hồ sơ " + fileName + ": " + rows + " dòng (" + counts[0] + " mới, " + counts[1] + " cập nhật)");
                progress.phase = "DONE";
                return new IngestResult(ingestId, fileName, format.name(), encoding, true, rows, counts[0], counts[1], 0,
                        List.of(), (System.nanoTime() - t0) / 1_000_000);
            } finally {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException e) {
                    log.warn("could not delete {}", spool, e);
                }
            }
        }

        /**
         * Streams the file into one binary COPY; false when the target's primary key refused a row (a code
         * already stored or repeated), with the COPY ended. Row errors end the COPY unsent.
         */
        private boolean copyIn(String sql, InputStream source, boolean staging, long ingestId) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
                try {
                    CopyBinary out = new CopyBinary(copy);
                    read(source, new StageWriter(out, staging, ingestId));
                    if (errorCount > 0) {
                        copy.cancelCopy();
                    } else {
                        out.finish();
                        copy.endCopy();
                    }
                    return true;
                } catch (IOException | SQLException | RuntimeException e) {
                    if (copy.isActive()) {
                        try {
                            copy.cancelCopy();
                        } catch (SQLException ignored) {
                            // the server has already ended it
                        }
                    }
                    if (!staging && uniqueViolation(e)) {
                        return false;
                    }
                    throw e;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        private static boolean uniqueViolation(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                    return true;
                }
            }
            return false;
        }

        private void createContributions(String table) {
            jdbc.sql("create temp table " + table + " on commit drop as select unit_id, field_code, month, "
                    + Aggregates.MEASURES + " from dossier_month where false").update();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                        "copy " + table + " (unit_id, field_code, month, " + Aggregates.MEASURES + ") from stdin", 1 << 16);
                Writer w = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
                stage.writeContributions(w);
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }

        private long lap(String name, long since) {
            long now = System.nanoTime();
            progress.millis.put(name, (now - since) / 1_000_000);
            return now;
        }

        /** Only when the upsert failed: a dossier code twice in the file; every repetition is named with its lines. */
        private void duplicates() {
            jdbc.sql("""
                            select code, string_agg(line::text, ', ' order by line) as lines, min(line) as first
                            from dossier_stage group by code having count(*) > 1 order by first limit 100""")
                    .query(rs -> {
                        error(rs.getLong("first"), Column.CODE, "dossier.error.duplicate", rs.getString("code"),
                                rs.getString("lines"));
                    });
        }

        private void read(InputStream source, StageWriter writer) throws IOException {
            stage = writer;
            BufferedInputStream bin = new BufferedInputStream(source, 1 << 16);
            BufferedReader reader = reader(bin);
            if (reader == null) {
                return;
            }
            boolean windows = !"UTF-8".equals(encoding) && !"UTF-8 (BOM)".equals(encoding);
            long line = 0;
            Column[] header = null;
            String text;
            while (true) {
                text = reader.readLine();
                if (text == null) {
                    break;
                }
                line++;
                if (text.indexOf('\uFFFD') >= 0) {
                    // bytes that are not valid in the detected encoding: named by their line
                    error(line, null, "dossier.error.encoding", String.valueOf(line));
                    return;
                }
                if (text.isBlank()) {
                    continue;
                }
                if (windows) {
                    text = Normalizer.normalize(text, Normalizer.Form.NFC);
                }
                String[] values;
                Map<Column, String> cells;
                if (format == DossierFormat.CSV) {
                    if (header == null) {
                        header = header(text, line);
                        if (header == null) {
                            return;
                        }
                        continue;
                    }
                    values = Values.splitCsv(text, header.length);
                    if (values == null) {
                        error(line, null, "dossier.error.quote");
                        continue;
                    }
                    if (values.length != header.length) {
                        error(line, null, "dossier.error.fieldCount", header.length, values.length);
                        if (errorCount >= MAX_ERRORS) {
                            return;
                        }
                        continue;
                    }
                    cells = new EnumMap<>(Column.class);
                    for (int i = 0; i < header.length; i++) {
                        if (header[i] != null && !values[i].isEmpty()) {
                            cells.put(header[i], values[i]);
                        }
                    }
                } else {
                    cells = jsonLine(text, line);
                    if (cells == null) {
                        if (errorCount >= MAX_ERRORS) {
                            return;
                        }
                        continue;
                    }
                }
                rows++;
                if ((rows & 0x3FFF) == 0) {
                    progress.rows.set(rows);
                }
                DossierRow row = validate(cells, line);
                if (row != null && errorCount == 0) {
                    stage.write(row);
                }
                if (errorCount >= MAX_ERRORS) {
                    return;
                }
            }
            if (format == DossierFormat.CSV && header == null) {
                error(0, null, "dossier.error.empty");
            }
        }

        /** UTF-8 with or without BOM; else Windows-1258 when the bytes are not UTF-8; UTF-16 is refused. */
        private BufferedReader reader(BufferedInputStream bin) throws IOException {
            bin.mark(1 << 16);
            byte[] head = bin.readNBytes(1 << 16);
            bin.reset();
            Charset charset = StandardCharsets.UTF_8;
            if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                error(0, null, "dossier.error.utf16");
                return null;
            }
            if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
                bin.skipNBytes(3);
                encoding = "UTF-8 (BOM)";
            } else if (!validUtf8(head)) {
                if (WINDOWS_1258 == null) {
                    error(0, null, "dossier.error.encoding", "1");
                    return null;
                }
                charset = WINDOWS_1258;
                encoding = "windows-1258";
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new BufferedReader(new InputStreamReader(bin, decoder), 1 << 16);
        }

        private static boolean validUtf8(byte[] head) {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CoderResult r = d.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length + 1), false);
            return !r.isError();
        }

        private Column[] header(String text, long line) {
            if (text.indexOf(',') < 0 && (text.indexOf(';') >= 0 || text.indexOf('\t') >= 0)) {
                error(line, null, "dossier.error.delimiter", text.indexOf(';') >= 0 ? ";" : "TAB");
                return null;
            }
            String[] names = Values.splitCsv(text, 20);
            if (names == null) {
                error(line, null, "dossier.error.quote");
                return null;
            }
            Column[] columns = new Column[names.length];
            Set<Column> seen = new java.util.HashSet<>();
            for (int i = 0; i < names.length; i++) {
                columns[i] = Column.of(names[i]);
                if (columns[i] != null && !seen.add(columns[i])) {
                    error(line, columns[i], "dossier.error.columnTwice", names[i]);
                }
            }
            if (seen.isEmpty()) {
                error(line, null, "windows-1258".equals(encoding) ? "dossier.error.headerEncoding" : "dossier.error.header",
                        java.util.Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(",")));
                return null;
            }
            List<String> missing = java.util.Arrays.stream(Column.values()).filter(c -> c.required && !seen.contains(c))
                    .map(Column::header).toList();
            if (!missing.isEmpty()) {
                error(line, null, "dossier.error.missingColumns", String.join(", ", missing));
                return null;
            }
            return errorCount > 0 ? null : columns;
        }

        private Map<Column, String> jsonLine(String text, long line) {
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (RuntimeException e) {
                error(line, null, "dossier.error.json");
                return null;
            }
            if (node == null || !node.isObject()) {
                error(line, null, "dossier.error.json");
                return null;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (var e : node.properties()) {
                Column c = Column.of(e.getKey());
                JsonNode v = e.getValue();
                if (c != null && v != null && !v.isNull()) {
                    String s = v.isString() ? v.asString().strip() : v.toString();
                    if (!s.isEmpty()) {
                        cells.put(c, s);
                    }
                }
            }
            return cells;
        }

        DossierRow validate(Map<Column, String> c, long line) {
            int before = errorCount;
            for (Column col : Column.values()) {
                if (col.required && !c.containsKey(col)) {
                    error(line, col, "dossier.error.required", col.header());
                }
            }
            if (errorCount > before) {
                return null;
            }
            String code = c.get(Column.CODE);
            if (!Values.isCode(code)) {
                error(line, Column.CODE, "dossier.error.code", code);
            }
            UnitRef unit = units.getOrDefault(c.get(Column.UNIT_CODE), Optional.empty()).orElse(null);
            if (unit == null) {
                error(line, Column.UNIT_CODE, "dossier.error.unit", c.get(Column.UNIT_CODE));
            } else if (onlyUnit != null && unit.id() != onlyUnit) {
                error(line, Column.UNIT_CODE, "dossier.error.notYourUnit", unit.code());
            }
            Procedure procedure = procedures.get(c.get(Column.PROCEDURE_CODE));
            if (procedure == null) {
                error(line, Column.PROCEDURE_CODE, "dossier.error.procedure", c.get(Column.PROCEDURE_CODE));
            }
            String field = c.get(Column.FIELD_CODE);
            if (field != null && !fields.contains(field)) {
                error(line, Column.FIELD_CODE, "dossier.error.field", field);
            }
            if (field == null && procedure != null) {
                field = procedure.fieldCode();
            }
            LocalDateTime received = date(c, Column.RECEIVED_AT, line);
            LocalDateTime due = date(c, Column.DUE_AT, line);
            LocalDateTime finished = date(c, Column.FINISHED_AT, line);
            LocalDateTime returned = date(c, Column.RETURNED_AT, line);
            if (received != null && due != null && due.isBefore(received)) {
                error(line, Column.DUE_AT, "dossier.error.dueBeforeReceived", c.get(Column.DUE_AT), c.get(Column.RECEIVED_AT));
            }
            if (received != null && finished != null && finished.isBefore(received)) {
                error(line, Column.FINISHED_AT, "dossier.error.finishedBeforeReceived", c.get(Column.FINISHED_AT),
                        c.get(Column.RECEIVED_AT));
            }
            if (returned != null && (finished == null || returned.isBefore(finished))) {
                error(line, Column.RETURNED_AT, "dossier.error.returnedBeforeFinished", c.get(Column.RETURNED_AT));
            }
            if (received != null && received.isAfter(latestReceipt)) {
                error(line, Column.RECEIVED_AT, "dossier.error.future", c.get(Column.RECEIVED_AT));
            }
            int channel = integer(c, Column.CHANNEL, line, 1, 3, 0);
            int supplements = integer(c, Column.SUPPLEMENT_REQUESTS, line, 0, 99, 0);
            double supplementDays = decimal(c, Column.SUPPLEMENT_DAYS, line, 3650);
            long fee = Math.round(decimal(c, Column.FEE, line, 1e12));
            boolean digitised = bool(c, Column.DIGITISED, line);
            boolean eResult = bool(c, Column.ELECTRONIC_RESULT, line);
            boolean paidOnline = bool(c, Column.PAID_ONLINE, line);
            boolean apology = bool(c, Column.APOLOGY, line);
            boolean synced = bool(c, Column.SYNCED, line);
            boolean complaint = bool(c, Column.COMPLAINT, line);
            if (paidOnline && fee <= 0) {
                error(line, Column.PAID_ONLINE, "dossier.error.paidWithoutFee");
            }
            String status = c.get(Column.STATUS);
            if (status != null) {
                status = status.toUpperCase(java.util.Locale.ROOT);
                if (!STATUSES.contains(status)) {
                    error(line, Column.STATUS, "dossier.error.status", c.get(Column.STATUS), String.join(", ", STATUSES));
                }
            }
            if (errorCount > before) {
                return null;
            }
            return new DossierRow(line, code, procedure.code(), field, unit.id(), received, due, finished, returned, channel,
                    supplements, supplementDays, digitised, eResult, fee, paidOnline, apology, synced, complaint, status,
                    procedure.returnsResult() && finished != null);
        }

        private LocalDateTime date(Map<Column, String> c, Column col, long line) {
            String s = c.get(col);
            if (s == null) {
                return null;
            }
            LocalDateTime t = Values.dateTime(s);
            if (t == null || t.getYear() < 2000) {
                error(line, col, "dossier.error.date", col.header(), s);
            }
            return t;
        }

        private int integer(Map<Column, String> c, Column col, long line, int min, int max, int otherwise) {
            String s = c.get(col);
            if (s == null) {
                return otherwise;
            }
            try {
                int v = Integer.parseInt(s);
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(line, col, col == Column.CHANNEL ? "dossier.error.channel" : "dossier.error.integer", col.header(), s,
                    String.valueOf(min), String.valueOf(max));
            return otherwise;
        }

        private double decimal(Map<Column, String> c, Column col, long line, double max) {
            String s = c.get(col);
            if (s == null) {
                return 0;
            }
            try {
                double v = Double.parseDouble(s.replace(',', '.'));
                if (v >= 0 && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(line, col, "dossier.error.number", col.header(), s);
            return 0;
        }

        private boolean bool(Map<Column, String> c, Column col, long line) {
            Boolean b = Values.bool(c.get(col));
            if (b == null) {
                error(line, col, "dossier.error.bool", col.header(), c.get(col));
                return false;
            }
            return b;
        }
    }

    /** Keeps a copy of every byte read, for a second reading of a stream that cannot be rewound. */
    static final class TeeInputStream extends FilterInputStream {
        private final OutputStream copy;

        TeeInputStream(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                copy.write(buf, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // read, not skipped: the copy must hold every byte
            byte[] scratch = new byte[(int) Math.min(Math.max(n, 1), 8192)];
            int r = n <= 0 ? 0 : read(scratch, 0, (int) Math.min(n, scratch.length));
            return Math.max(r, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Writes validated rows in binary COPY format, with the derived columns. */
    static final class StageWriter {
        /** The staging table's columns, in the order written. */
        static final String COLUMNS = "line, " + Aggregates.COLUMNS;
        private final CopyBinary out;
        private final boolean staging;
        private final long ingestId;

        /** Into the staging table (the line first) or straight into dossier (the ingest's id last). */
        StageWriter(CopyBinary out, boolean staging, long ingestId) {
            this.out = out;
            this.staging = staging;
            this.ingestId = ingestId;
        }

        /**
         * The new rows' contributions per (unit, field, month), summed while streaming: bounded by the groups.
         * The key is packed into a long (unit id, the field's number in this file, the month since year 0) and
         * looked up in an open-addressing table: a map of records was a quarter of the ingest's Java time.
         */
        final Contributions contributions = new Contributions();

        private long[] at(DossierRow r, LocalDate month) {
            return contributions.at(r.unitId(), r.fieldCode(), month);
        }

        void write(DossierRow r) throws IOException {
            LocalDate receivedMonth = Rules.month(r.receivedAt());
            LocalDate finishedMonth = Rules.month(r.finishedAt());
            LocalDate overdueMonth = Rules.overdueMonth(r);
            boolean onTime = Rules.onTime(r);
            boolean late = Rules.late(r);
            Double days = Rules.processingDays(r);
            long[] c = at(r, receivedMonth);
            c[0]++;
            c[1] += r.channel() == 2 ? 1 : 0;
            c[2] += r.digitised() ? 1 : 0;
            c[3] += r.synced() ? 1 : 0;
            c[4] += r.fee() > 0 ? 1 : 0;
            c[5] += r.fee() > 0 && r.paidOnline() ? 1 : 0;
            c[6] += r.complaint() ? 1 : 0;
            c[14]++;
            if (finishedMonth != null) {
                c = at(r, finishedMonth);
                c[7]++;
                c[8] += onTime ? 1 : 0;
                c[9] += late ? 1 : 0;
                c[10] += late && r.apology() ? 1 : 0;
                c[11] += Math.round(days * 100);
                c[12] += r.resultBase() ? 1 : 0;
                c[13] += r.resultBase() && r.electronicResult() ? 1 : 0;
                c[14]--;
                c[15] -= overdueMonth != null ? 1 : 0;
            }
            if (overdueMonth != null) {
                at(r, overdueMonth)[15]++;
            }
            CopyBinary o = out;
            o.row(27);
            if (staging) {
                o.int8(r.line());
            }
            o.text(r.code());
            o.text(r.procedureCode());
            o.text(r.fieldCode());
            o.int8(r.unitId());
            o.timestamp(r.receivedAt());
            o.timestamp(r.dueAt());
            o.timestamp(r.finishedAt());
            o.timestamp(r.returnedAt());
            o.int2(r.channel());
            o.int2(r.supplementRequests());
            o.numeric2(r.supplementDays());
            o.bool(r.digitised());
            o.bool(r.electronicResult());
            o.numeric(r.fee(), 0);
            o.bool(r.paidOnline());
            o.bool(r.apology());
            o.bool(r.synced());
            o.bool(r.complaint());
            o.text(r.status());
            o.date(receivedMonth);
            o.date(finishedMonth);
            o.date(overdueMonth);
            o.bool(onTime);
            o.bool(late);
            if (days == null) {
                o.nul();
            } else {
                // hundredths, as the rule rounded them (the same value the text of the double gives)
                o.numeric(Math.round(days * 100), 2);
            }
            o.bool(r.resultBase());
            if (!staging) {
                o.int8(ingestId);
            }
        }

        /** Writes the summed contributions in COPY text format (processing days kept in hundredths while summing). */
        void writeContributions(Writer w) throws IOException {
            StringBuilder line = new StringBuilder(160);
            contributions.forEach((unitId, fieldCode, month, v) -> {
                line.setLength(0);
                line.append(unitId).append('\t').append(fieldCode).append('\t').append(month);
                for (int i = 0; i < v.length; i++) {
                    line.append('\t');
                    if (i == 11) {
                        line.append(java.math.BigDecimal.valueOf(v[i], 2).toPlainString());
                    } else {
                        line.append(v[i]);
                    }
                }
                w.append(line).append('\n');
            });
            w.flush();
        }
    }
}
