package vn.cchc.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.DatabaseOwner;
import vn.cchc.UsesDemoData;
import vn.cchc.audit.AuditChain;
import vn.cchc.audit.ChainVerification;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore drill: the demo installation is backed up, a database is wiped (a new empty one of the same schema),
 * the backup restored into it, and what came back is what was there: every table's rows, the uploaded files, the audit
 * chain. A restore is all or nothing, and never lands on data it was not told to replace.
 */
@UsesDemoData("the demo installation is what is backed up")
class BackupRestoreTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    vn.cchc.dossier.DossierIngest ingest;
    @TempDir
    Path folder;

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theDemoInstallationRestoredIntoAWipedDatabaseHasEveryRowAndItsAuditChain() throws Throwable {
        jdbc.sql("""
                insert into task_evidence (progress_id, filename, content_type, size_bytes, sha256, content)
                select min(id), 'bien-ban-kiem-tra-cchc-quy-iv.pdf', 'application/pdf', length(?), encode(sha256(?), 'hex'), ?
                from task_progress""").params(PDF, PDF, PDF).update();
        Path archive = folder.resolve("cchc-2026-12-02.zip");
        Map<String, Long> before = backUpWhileCountsHold(archive);

        DataSource wiped = new DrillDatabases(context).fresh("cchc_drill_rehearsal");
        restore(wiped, archive, false);

        assertThat(rowCounts(wiped)).isEqualTo(before);
        assertThat(uploadedFiles(wiped)).isEqualTo(uploadedFiles(null)).containsKey("task_evidence.content");
        ChainVerification chain = AuditChain.verifyIn(wiped);
        assertThat(chain.intact()).isTrue();
        assertThat(chain.sealed()).isEqualTo(before.get("audit_seal")).isPositive();
    }

    @Test
    void aYearOfDossiersArchivedAsTablesComesBackWithTheRestore() throws Throwable {
        String row = "ARCH01-1,2.000488,SO_TU_PHAP,2001-03-10 08:00,2001-03-20 17:00,2001-03-15 10:00,1,0,0,0,0,0,0,0,1,0";
        ingest.ingestAsSystem("luu-tru-2001.csv", vn.cchc.dossier.DossierFormat.CSV, new java.io.ByteArrayInputStream(
                ("code,procedure_code,unit_code,received_at,due_at,finished_at,channel,supplement_requests,supplement_days,"
                        + "digitised,electronic_result,fee,paid_online,apology,synced,complaint\n" + row + "\n")
                        .getBytes(StandardCharsets.UTF_8)), null);
        jdbc.sql("select dossier_partition_ensure(date '2001-03-01')").query(Boolean.class).single();
        jdbc.sql("select dossier_partition_detach(date '2001-03-01', false)").query(Long.class).single();
        try {
            Path archive = folder.resolve("cchc-luu-tru.zip");
            Map<String, Long> before = backUpWhileCountsHold(archive);
            DataSource wiped = new DrillDatabases(context).fresh("cchc_drill_archived_year");

            restore(wiped, archive, false);

            assertThat(before).containsKey("dossier_archive_2001_03");
            assertThat(rowCounts(wiped)).isEqualTo(before);
            assertThat(single(wiped, "select count(*) from dossier_archive_2001_03 where code = 'ARCH01-1'")).isEqualTo(1);
        } finally {
            try (Connection owner = DatabaseOwner.connect(context); Statement drop = owner.createStatement()) {
                drop.execute("drop table if exists dossier_archive_2001_03");
            }
        }
    }

    @Test
    void aRestoreOntoADatabaseThatHoldsDataIsRefusedWithoutReplace() throws Throwable {
        Path archive = backUp();
        DataSource drill = new DrillDatabases(context).fresh("cchc_drill_refusal");
        restore(drill, archive, false);
        execute(drill, "insert into audit_entry (actor, entity_type, entity_id, action, summary) "
                + "values ('stp.cchc', 'plan', '7', 'UPDATE', 'Sửa kế hoạch sau ngày sao lưu')");
        Map<String, Long> held = rowCounts(drill);

        assertThatThrownBy(() -> restore(drill, archive, false)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("đã có dữ liệu").hasMessageContaining("--replace");
        assertThat(rowCounts(drill)).isEqualTo(held);
    }

    @Test
    void aRestoreWithReplaceTakesTheDatabaseBackToTheBackup() throws Throwable {
        Path archive = folder.resolve("cchc.zip");
        Map<String, Long> before = backUpWhileCountsHold(archive);
        DataSource drill = new DrillDatabases(context).fresh("cchc_drill_replace");
        restore(drill, archive, false);
        execute(drill, "insert into audit_entry (actor, entity_type, entity_id, action, summary) "
                + "values ('stp.cchc', 'plan', '7', 'UPDATE', 'Sửa kế hoạch sau ngày sao lưu')");

        restore(drill, archive, true);

        assertThat(rowCounts(drill)).isEqualTo(before);
        assertThat(AuditChain.verifyIn(drill).intact()).isTrue();
    }

    @Test
    void anArchiveWithARowTakenOutRestoresNothingAndNamesTheTable() throws Throwable {
        Path archive = backUp();
        Path altered = folder.resolve("cchc-altered.zip");
        rewriteEntry(archive, altered, "tables/audit_seal.copy");
        DataSource drill = new DrillDatabases(context).fresh("cchc_drill_altered");
        Map<String, Long> empty = rowCounts(drill);

        assertThatThrownBy(() -> restore(drill, altered, false)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("bảng audit_seal").hasMessageContaining("không khôi phục gì");
        assertThat(rowCounts(drill)).isEqualTo(empty);
    }

    @Test
    void aRestoredDatabaseNumbersNewRowsAfterTheRestoredOnes() throws Throwable {
        Path archive = backUp();
        DataSource drill = new DrillDatabases(context).fresh("cchc_drill_sequences");
        restore(drill, archive, false);
        long restoredMax = single(drill, "select max(id) from audit_entry");

        execute(drill, "insert into audit_entry (actor, entity_type, entity_id, action, summary) "
                + "values ('snv.cchc', 'plan', '12', 'CREATE', 'Kế hoạch CCHC năm 2027')");

        assertThat(single(drill, "select max(id) from audit_entry")).isGreaterThan(restoredMax);
    }

    @Test
    void anArchiveOfAnotherSchemaVersionIsRefusedBeforeAnythingChanges() throws Throwable {
        Path archive = backUp();
        DataSource drill = new DrillDatabases(context).fresh("cchc_drill_version");
        execute(drill, "insert into flyway_schema_history (installed_rank, version, description, type, script, "
                + "installed_by, execution_time, success) values (9999, '99.1', 'from a newer CCHC', 'SQL', "
                + "'V99_1__newer.sql', 'cchc', 1, true)");
        Map<String, Long> empty = rowCounts(drill);

        assertThatThrownBy(() -> restore(drill, archive, true)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("lược đồ khác").hasMessageContaining("99.1");
        assertThat(rowCounts(drill)).isEqualTo(empty);
    }

    @Test
    void aBackupNeverOverwritesAnExistingFile() throws Throwable {
        Path existing = Files.writeString(folder.resolve("cchc-hom-qua.zip"), "bản sao lưu hôm qua");

        assertThatThrownBy(backUpInto(existing)).isInstanceOf(BackupRefused.class).hasMessageContaining("đã có");
        assertThat(Files.readString(existing)).isEqualTo("bản sao lưu hôm qua");
    }

    private Path backUp() throws Throwable {
        Path archive = folder.resolve("cchc-" + System.nanoTime() + ".zip");
        backUpInto(archive).call();
        return archive;
    }

    private ThrowingCallable backUpInto(Path archive) {
        return () -> {
            try (Connection c = DatabaseOwner.connect(context)) {
                new DatabaseBackup(clock).write(c, archive);
            }
        };
    }

    /** The application keeps working meanwhile (the sealer): the counts compared are those that held across the backup. */
    private Map<String, Long> backUpWhileCountsHold(Path archive) throws Throwable {
        for (int attempt = 0; attempt < 5; attempt++) {
            Files.deleteIfExists(archive);
            Map<String, Long> before = rowCounts(null);
            backUpInto(archive).call();
            if (rowCounts(null).equals(before)) {
                return before;
            }
        }
        throw new IllegalStateException("the test database kept changing during five backups");
    }

    private void restore(DataSource target, Path archive, boolean replace) throws SQLException, IOException {
        try (Connection c = target.getConnection()) {
            new DatabaseRestore().restore(c, archive, replace);
        }
    }

    /** Every table of the schema but Flyway's history, with its rows; {@code null} is the test database. */
    private Map<String, Long> rowCounts(DataSource database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (SchemaTables.Table t : SchemaTables.tables(c)) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + SchemaTables.quoted(t.name()))) {
                    rs.next();
                    counts.put(t.name(), rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Each column of stored files (bytea) that holds any, with one digest over all its files in any order. */
    private Map<String, String> uploadedFiles(DataSource database) throws SQLException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("select table_name, column_name from information_schema.columns "
                    + "where table_schema = current_schema() and data_type = 'bytea' order by 1, 2")) {
                while (rs.next()) {
                    columns.put(rs.getString(1) + "." + rs.getString(2), "select md5(string_agg(md5(" + rs.getString(2)
                            + "), ',' order by md5(" + rs.getString(2) + "))) from " + rs.getString(1));
                }
            }
            for (Map.Entry<String, String> column : columns.entrySet()) {
                try (ResultSet rs = s.executeQuery(column.getValue())) {
                    rs.next();
                    if (rs.getString(1) != null) {
                        digests.put(column.getKey(), rs.getString(1));
                    }
                }
            }
        }
        return digests;
    }

    private Connection connect(DataSource database) throws SQLException {
        return database == null ? DatabaseOwner.connect(context) : database.getConnection();
    }

    private static long single(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A copy of the archive whose entry lost its first row, the manifest left as it was. */
    private static void rewriteEntry(Path from, Path to, String entryName) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals(entryName)) {
                        String text = new String(bytes, StandardCharsets.UTF_8);
                        bytes = text.substring(text.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8);
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
    }
}
