package vn.cchc.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * After the JVM is killed hard, its postgres keeps running and holds the data directory;
 * the next start would wait and fail. A postmaster whose parent JVM is gone is stopped here.
 * A postmaster still owned by a live CCHC process is left alone and reported instead.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfOrphaned(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (postmaster.isEmpty() || !postmaster.get().info().command().orElse("").contains("postgres")) {
            return;
        }
        boolean ownedByLiveJvm = postmaster.get().parent()
                .flatMap(p -> p.info().command())
                .map(cmd -> cmd.contains("java"))
                .orElse(false);
        if (ownedByLiveJvm) {
            throw new IllegalStateException("Thư mục dữ liệu " + dataDirectory.toAbsolutePath()
                    + " đang được một tiến trình CCHC khác sử dụng (postgres pid " + pid + "). "
                    + "Hãy dừng tiến trình đó trước khi khởi động lại.");
        }
        log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a previous run", pid);
        postmaster.get().destroy();
        // elapsed time, not a date: the monotonic clock, before any Spring bean exists
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (postmaster.get().isAlive() && System.nanoTime() - until < 0) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (postmaster.get().isAlive()) {
            postmaster.get().destroyForcibly();
        }
    }
}
