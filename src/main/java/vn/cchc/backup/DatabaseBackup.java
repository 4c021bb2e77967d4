package vn.cchc.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a backup archive: one zip holding each table as PostgreSQL's COPY text (portable between server versions,
 * so a backup of the embedded 18 restores onto a 15 and back), then the manifest. All tables are read in one
 * repeatable-read transaction, the same snapshot pg_dump takes, so a backup of a running installation is consistent.
 * The archive is written beside the target and moved into place when complete: a failed backup leaves no file.
 */
final class DatabaseBackup {

    private final Clock clock;

    DatabaseBackup(Clock clock) {
        this.clock = clock;
    }

    ArchiveManifest write(Connection c, Path target) throws SQLException, IOException {
        if (Files.exists(target)) {
            throw new BackupRefused(target + " đã có: bản sao lưu không ghi đè một tệp có sẵn; hãy chọn tên khác.");
        }
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() == null || !Files.isDirectory(absolute.getParent())) {
            throw new BackupRefused("Thư mục " + absolute.getParent() + " không tồn tại.");
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            ArchiveManifest manifest = writeArchive(c, partial);
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(autoCommit);
        }
    }

    private ArchiveManifest writeArchive(Connection c, Path partial) throws SQLException, IOException {
        List<String> schema = SchemaTables.schemaVersions(c);
        List<SchemaTables.Table> tables = SchemaTables.tables(c);
        List<SchemaTables.SequenceValue> sequences = SchemaTables.sequences(c);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<ArchiveManifest.TableEntry> entries = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            for (SchemaTables.Table table : tables) {
                String name = "tables/" + table.name() + ".copy";
                zip.putNextEntry(new ZipEntry(name));
                MessageDigest sha = sha256();
                long rows = copy.copyOut("copy (select " + SchemaTables.columnList(table) + " from "
                        + SchemaTables.quoted(table.name()) + ") to stdout", new DigestOutputStream(kept(zip), sha));
                zip.closeEntry();
                entries.add(new ArchiveManifest.TableEntry(table, rows, HexFormat.of().formatHex(sha.digest())));
            }
            ArchiveManifest manifest = new ArchiveManifest(clock.instant(), serverVersion(c), schema, entries, sequences);
            zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
            manifest.write(kept(zip));
            zip.closeEntry();
            zip.finish();
            return manifest;
        }
    }

    private static String serverVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The zip stays open across entries: what writes one entry must not close it. */
    private static OutputStream kept(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
