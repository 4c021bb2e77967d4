package vn.cchc.backup;

import org.springframework.stereotype.Component;
import vn.cchc.command.CchcCommand;
import vn.cchc.vietnamese.VietnameseNumbers;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;

/**
 * {@code ./cchc backup FILE}: the database the application is configured with (SPRING_DATASOURCE_URL, or the embedded
 * ./data with --cchc.database.embedded.persistent=true while the app is stopped), uploaded files included, into FILE.
 */
@Component
class BackupCommand implements CchcCommand {

    private final DataSource dataSource;
    private final Clock clock;

    BackupCommand(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "FILE  sao lưu toàn bộ cơ sở dữ liệu (cả tệp đính kèm) vào FILE";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        if (arguments.size() != 1 || arguments.get(0).startsWith("--")) {
            err.println("Cách dùng: ./cchc backup FILE");
            return 2;
        }
        Path file = Path.of(arguments.get(0));
        long started = System.nanoTime();
        ArchiveManifest manifest;
        try (Connection c = dataSource.getConnection()) {
            manifest = new DatabaseBackup(clock).write(c, file);
        } catch (BackupRefused e) {
            err.println(e.getMessage());
            return 1;
        }
        long rows = manifest.tables().stream().mapToLong(ArchiveManifest.TableEntry::rows).sum();
        out.printf("Đã sao lưu %s bảng, %s dòng vào %s (%s MB, %s giây).%n",
                manifest.tables().size(), VietnameseNumbers.format(rows), file,
                VietnameseNumbers.format(Files.size(file) / 1_048_576.0, 1),
                VietnameseNumbers.format((System.nanoTime() - started) / 1e9, 1));
        return 0;
    }
}
