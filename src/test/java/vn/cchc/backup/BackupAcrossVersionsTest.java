package vn.cchc.backup;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.StringUtils;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.DatabaseOwner;
import vn.cchc.UsesDemoData;
import vn.cchc.audit.AuditChain;
import vn.cchc.audit.ChainVerification;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken on one supported PostgreSQL version restores on the other (the README names Debian's 15 and the
 * embedded 18). Each run of the suite backs up its test database into {@value #FOLDER}/cchc-pg&lt;major&gt;.zip and
 * keeps it; .ci/run runs the suite first on the embedded 18, then on Debian's 15 in the same work tree, so the second
 * pass finds the first pass's archive and restores it on the older server. There the other version's archive is
 * required; elsewhere its absence skips that test with the reason.
 */
@UsesDemoData("the demo installation is what is backed up")
class BackupAcrossVersionsTest extends CchcIntegrationTest {

    static final String FOLDER = "target/backup-across-versions";
    private static final Pattern MAJOR = Pattern.compile("PostgreSQL (\\d+)");

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    AuditChain chain;

    @Test
    void aBackupTakenOnThisServerIsKeptForTheOtherVersionAndRestoresHere() throws Exception {
        Path archive = Path.of(FOLDER, "cchc-pg" + major(serverVersion()) + ".zip");
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        chain.sealPending(); // the entries written so far, not only those the sealer reached before this test
        try (Connection c = DatabaseOwner.connect(context)) {
            new DatabaseBackup(clock).write(c, archive);
        }
        System.out.printf("backup across versions: %s, %,d bytes, taken on %s%n", archive, Files.size(archive), serverVersion());

        assertRestoresWithItsRowsAndChain(archive, "cchc_drill_across_same");
    }

    @Test
    void aBackupTakenOnAnotherPostgresqlVersionRestoresHereWithEveryRowAndItsAuditChain() throws Exception {
        int here = major(serverVersion());
        List<Path> others = otherVersions(here);
        if (others.isEmpty()) {
            String reason = "no archive of this schema from a PostgreSQL version other than " + here + " in " + FOLDER
                    + " (.ci/run makes one on the embedded server before its pass on an external one)";
            boolean externalPassOfCi = "true".equals(System.getenv("CI"))
                    && StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
            assertThat(externalPassOfCi).as(reason).isFalse();
            Assumptions.abort(reason);
        }
        for (Path archive : others) {
            System.out.printf("backup across versions: restoring %s (taken on %s) on %s%n", archive,
                    manifest(archive).server(), serverVersion());
            assertRestoresWithItsRowsAndChain(archive, "cchc_drill_across_other");
        }
    }

    private void assertRestoresWithItsRowsAndChain(Path archive, String drillName) throws Exception {
        ArchiveManifest manifest = manifest(archive);
        DataSource drill = new DrillDatabases(context).fresh(drillName);
        try (Connection c = drill.getConnection()) {
            new DatabaseRestore().restore(c, archive, false);
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        manifest.tables().forEach(t -> expected.put(t.table().name(), t.rows()));
        assertThat(rowCounts(drill, expected.keySet())).isEqualTo(expected);
        assertThat(expected.get("audit_entry")).isPositive();
        ChainVerification chain = AuditChain.verifyIn(drill);
        assertThat(chain.intact()).isTrue();
        assertThat(chain.sealed()).isEqualTo(expected.get("audit_seal")).isPositive();
    }

    /** Archives in the folder taken on another major version for the schema this build has (older builds' are left). */
    private List<Path> otherVersions(int here) throws Exception {
        Path folder = Path.of(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> schema = schemaVersions();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("cchc-pg\\d+\\.zip")).sorted()
                    .filter(p -> {
                        ArchiveManifest m = manifest(p);
                        return major(m.server()) != here && m.schemaVersions().equals(schema);
                    }).toList();
        }
    }

    private static ArchiveManifest manifest(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile()); InputStream in = zip.getInputStream(zip.getEntry(ArchiveManifest.ENTRY))) {
            return ArchiveManifest.read(in, archive.toString());
        } catch (IOException e) {
            throw new IllegalStateException(archive + " unreadable", e);
        }
    }

    private String serverVersion() {
        return jdbc.sql("select version()").query(String.class).single();
    }

    private List<String> schemaVersions() throws SQLException {
        try (Connection c = DatabaseOwner.connect(context)) {
            return SchemaTables.schemaVersions(c);
        }
    }

    private static int major(String version) {
        Matcher m = MAJOR.matcher(version);
        if (!m.find()) {
            throw new IllegalStateException("no PostgreSQL version in " + version);
        }
        return Integer.parseInt(m.group(1));
    }

    private static Map<String, Long> rowCounts(DataSource database, Iterable<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + SchemaTables.quoted(table))) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
