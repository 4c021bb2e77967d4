package vn.cchc.backup;

import org.springframework.stereotype.Component;
import vn.cchc.audit.AuditChain;
import vn.cchc.audit.ChainVerification;
import vn.cchc.command.CchcCommand;
import vn.cchc.vietnamese.VietnameseNumbers;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * {@code ./cchc restore FILE [--replace]}: loads a backup into the configured database, all or nothing, then walks the
 * audit chain of what was loaded. Run it with the application stopped and as the schema's owner.
 */
@Component
class RestoreCommand implements CchcCommand {

    private final DataSource dataSource;
    private final AuditChain chain;

    RestoreCommand(DataSource dataSource, AuditChain chain) {
        this.dataSource = dataSource;
        this.chain = chain;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "FILE [--replace]  khôi phục bản sao lưu; --replace để thay dữ liệu đang có";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
        List<String> files = arguments.stream().filter(a -> !a.equals("--replace")).toList();
        if (files.size() != 1 || files.get(0).startsWith("--")) {
            err.println("Cách dùng: ./cchc restore FILE [--replace]");
            return 2;
        }
        long started = System.nanoTime();
        DatabaseRestore.Restored restored;
        try (Connection c = dataSource.getConnection()) {
            restored = new DatabaseRestore().restore(c, Path.of(files.get(0)), arguments.contains("--replace"));
        } catch (BackupRefused e) {
            err.println(e.getMessage());
            return 1;
        }
        out.printf("Đã khôi phục %s bảng, %s dòng từ bản sao lưu lúc %s (%s giây).%n",
                restored.manifest().tables().size(), VietnameseNumbers.format(restored.rows()),
                restored.manifest().takenAt(), VietnameseNumbers.format((System.nanoTime() - started) / 1e9, 1));
        ChainVerification result = chain.verify();
        if (result.intact()) {
            out.printf("Chuỗi băm nhật ký nguyên vẹn: %s bản ghi đã kiểm tra.%n", VietnameseNumbers.format(result.sealed()));
            return 0;
        }
        out.printf("Chuỗi băm nhật ký bị phá tại bản ghi số %d: dữ liệu đã khôi phục, nhưng nhật ký trong bản sao lưu "
                + "đã bị sửa.%n", result.firstBroken());
        return 1;
    }
}
