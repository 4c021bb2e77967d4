package vn.cchc.backup;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Loads a backup archive into the connection's schema in one transaction: every table is emptied and loaded again
 * from the archive, or nothing changes. The archive must fit the schema exactly (same migrations applied, same tables
 * and columns); each table's rows and checksum are compared with the manifest before the commit. Triggers are off
 * while loading so rows come back as they were (the audit trail's guard would refuse the emptying, and no trigger may
 * rewrite a restored row); foreign keys stay checked, which is why tables load in the manifest's order.
 */
final class DatabaseRestore {

    /** Writes by people are audited, so a database without audit entries holds nothing a restore could lose. */
    private static final String AUDIT_TABLE = "audit_entry";

    /** What was loaded. */
    private static final java.util.regex.Pattern ARCHIVED_MONTH = java.util.regex.Pattern.compile("dossier_archive_\\d{4}_\\d{2}");

    record Restored(ArchiveManifest manifest, long rows) {
    }

    Restored restore(Connection c, Path archive, boolean replace) throws SQLException, IOException {
        String name = archive.toString();
        try (ZipFile zip = open(archive)) {
            ArchiveManifest manifest = manifest(zip, name);
            checkFits(c, manifest, name);
            for (ArchiveManifest.TableEntry t : manifest.tables()) {
                if (zip.getEntry(t.entryName()) == null) {
                    throw new BackupRefused(name + ": thiếu mục " + t.entryName() + " của bảng " + t.table().name() + ".");
                }
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long rows = load(c, zip, manifest, replace, name);
                c.commit();
                return new Restored(manifest, rows);
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile());
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
            throw new BackupRefused("Không có tệp " + archive + ".");
        } catch (ZipException e) {
            throw new BackupRefused(archive + ": không phải bản sao lưu CCHC (không đọc được như tệp zip).");
        }
    }

    private static ArchiveManifest manifest(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveManifest.ENTRY);
        if (entry == null) {
            throw new BackupRefused(name + ": không phải bản sao lưu CCHC hoặc bị cắt cụt (thiếu "
                    + ArchiveManifest.ENTRY + ").");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return ArchiveManifest.read(in, name);
        }
    }

    /** Same migrations and same tables with the same columns, or the rows would land in a schema they do not fit. */
    private static void checkFits(Connection c, ArchiveManifest manifest, String name) throws SQLException {
        List<String> target = SchemaTables.schemaVersions(c);
        if (!target.equals(manifest.schemaVersions())) {
            Set<String> onlyArchive = new LinkedHashSet<>(manifest.schemaVersions());
            onlyArchive.removeAll(target);
            Set<String> onlyTarget = new LinkedHashSet<>(target);
            onlyTarget.removeAll(manifest.schemaVersions());
            throw new BackupRefused(name + ": bản sao lưu thuộc lược đồ khác với cơ sở dữ liệu đích (chỉ bản sao lưu có "
                    + "các phiên bản " + (onlyArchive.isEmpty() ? "—" : String.join(", ", onlyArchive))
                    + "; chỉ cơ sở dữ liệu đích có " + (onlyTarget.isEmpty() ? "—" : String.join(", ", onlyTarget))
                    + "). Hãy khôi phục bằng đúng phiên bản CCHC đã tạo bản sao lưu, rồi mới nâng cấp.");
        }
        List<SchemaTables.Table> tables = SchemaTables.tables(c);
        Set<SchemaTables.Table> archived = manifest.tables().stream().map(ArchiveManifest.TableEntry::table)
                .collect(Collectors.toSet());
        for (SchemaTables.Table t : tables) {
            if (!archived.contains(t)) {
                throw new BackupRefused(name + ": bảng " + t.name() + " của cơ sở dữ liệu đích không có trong bản sao lưu "
                        + "hoặc có các cột khác.");
            }
        }
        Set<String> names = tables.stream().map(SchemaTables.Table::name).collect(Collectors.toSet());
        String extra = archived.stream().map(SchemaTables.Table::name)
                .filter(n -> !names.contains(n) && !ARCHIVED_MONTH.matcher(n).matches())
                .collect(Collectors.joining(", "));
        if (!extra.isEmpty()) {
            throw new BackupRefused(name + ": bản sao lưu có bảng mà cơ sở dữ liệu đích không có: " + extra + ".");
        }
    }

    /**
     * A past year's dossiers archived by detaching its monthly partitions live on as tables no migration makes
     * (dossier's {@code dossier_partition_detach}); the target gets them back with the dossier's columns before loading.
     */
    private static void createArchivedMonths(Statement s, ArchiveManifest manifest) throws SQLException {
        for (ArchiveManifest.TableEntry t : manifest.tables()) {
            String table = t.table().name();
            if (ARCHIVED_MONTH.matcher(table).matches()) {
                s.execute("create table if not exists " + SchemaTables.quoted(table) + " (like dossier including defaults)");
            }
        }
    }

    private static long load(Connection c, ZipFile zip, ArchiveManifest manifest, boolean replace, String name)
            throws SQLException, IOException {
        List<String> quoted = manifest.tables().stream().map(t -> SchemaTables.quoted(t.table().name())).toList();
        String all = String.join(", ", quoted);
        try (Statement s = c.createStatement()) {
            // a running application holding these tables makes the restore wait at most this long, then refuse
            s.execute("set local lock_timeout = '10s'");
            createArchivedMonths(s, manifest);
            s.execute("lock table " + all + " in access exclusive mode");
            long audited = count(s, AUDIT_TABLE);
            if (audited > 0 && !replace) {
                throw new BackupRefused("Cơ sở dữ liệu đích đã có dữ liệu (" + VietnameseNumbers.format(audited)
                        + " bản ghi nhật ký thay đổi): không khôi phục đè lên. Thêm --replace để thay toàn bộ dữ liệu "
                        + "bằng bản sao lưu " + name + ".");
            }
            List<String> triggered = tablesWithTriggers(s);
            for (String t : triggered) {
                s.execute("alter table " + SchemaTables.quoted(t) + " disable trigger user");
            }
            s.execute("truncate " + all);
            long rows = 0;
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (ArchiveManifest.TableEntry t : manifest.tables()) {
                rows += loadTable(copy, zip, t, name);
            }
            for (SchemaTables.SequenceValue q : manifest.sequences()) {
                try (PreparedStatement set = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    set.setString(1, SchemaTables.quoted(q.name()));
                    set.setLong(2, q.lastValue());
                    set.setBoolean(3, q.called());
                    set.execute();
                }
            }
            for (String t : triggered) {
                s.execute("alter table " + SchemaTables.quoted(t) + " enable trigger user");
            }
            return rows;
        }
    }

    private static long loadTable(CopyManager copy, ZipFile zip, ArchiveManifest.TableEntry t, String name)
            throws SQLException, IOException {
        MessageDigest sha = DatabaseBackup.sha256();
        long rows;
        try (InputStream in = new DigestInputStream(zip.getInputStream(zip.getEntry(t.entryName())), sha)) {
            rows = copy.copyIn("copy " + SchemaTables.quoted(t.table().name()) + " ("
                    + SchemaTables.columnList(t.table()) + ") from stdin", in);
        } catch (ZipException e) {
            throw new BackupRefused(name + ": mục " + t.entryName() + " của bảng " + t.table().name()
                    + " bị hỏng (" + e.getMessage() + ").");
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        if (rows != t.rows() || !digest.equals(t.sha256())) {
            throw new BackupRefused(name + ": bảng " + t.table().name() + " có " + VietnameseNumbers.format(rows)
                    + " dòng, mục lục ghi " + VietnameseNumbers.format(t.rows()) + " dòng"
                    + (digest.equals(t.sha256()) ? "" : ", mã kiểm tra SHA-256 không khớp")
                    + ": bản sao lưu bị sửa hoặc hỏng; không khôi phục gì.");
        }
        return rows;
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from " + SchemaTables.quoted(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tablesWithTriggers(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select distinct t.relname from pg_trigger g join pg_class t on t.oid = g.tgrelid
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
                where not g.tgisinternal order by t.relname""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
