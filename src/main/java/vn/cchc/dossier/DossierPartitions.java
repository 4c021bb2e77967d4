package vn.cchc.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.audit.AuditLog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The monthly partitions of {@code dossier} (V7_4): made ahead of the months that will receive dossiers, made for a
 * month whose rows landed in the default partition, and detached a year at a time for archiving. The partitions
 * themselves are made and detached by the schema owner's functions, since the runtime role owns no table.
 */
@Component
class DossierPartitions {

    /** Months after the current one that always have their partition. */
    static final int MONTHS_AHEAD = 3;

    /** What archiving a year did: its months that had a partition, and their rows. */
    record Archived(int year, List<YearMonth> months, long rows, boolean dropped) {
    }

    /** Why a year is not archived. */
    static final class ArchiveRefused extends RuntimeException {
        ArchiveRefused(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    DossierPartitions(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** This month, the next {@link #MONTHS_AHEAD} and every month found in the default partition; the months made. */
    List<YearMonth> ensureAhead() {
        return tx.execute(s -> {
            YearMonth now = YearMonth.now(clock);
            TreeSet<YearMonth> months = new TreeSet<>();
            for (int i = 0; i <= MONTHS_AHEAD; i++) {
                months.add(now.plusMonths(i));
            }
            months.addAll(monthsInDefault());
            return ensure(months);
        });
    }

    private List<YearMonth> monthsInDefault() {
        return jdbc.sql("select distinct date_trunc('month', received_at)::date from dossier_p_default")
                .query(LocalDate.class).list().stream().map(YearMonth::from).toList();
    }

    private List<YearMonth> ensure(Iterable<YearMonth> months) {
        List<YearMonth> made = new ArrayList<>();
        for (YearMonth m : months) {
            if (jdbc.sql("select dossier_partition_ensure(?)").param(m.atDay(1)).query(Boolean.class).single()) {
                made.add(m);
            }
        }
        if (!made.isEmpty()) {
            audit.created("dossier_partition", made.get(0).toString(), Map.of("months", made.stream().map(String::valueOf).toList()),
                    "Tạo phân vùng hồ sơ cho " + made.size() + " tháng");
        }
        return made;
    }

    /**
     * Detaches the twelve months of {@code year}, one partition operation each, all in one transaction: dropped, or
     * kept as the tables {@code dossier_archive_YYYY_MM}. Refused for the current year or a later one, and while a
     * dossier of that year is still unfinished (it would vanish from the overdue lists while still owed).
     */
    Archived archive(int year, boolean drop) {
        int current = YearMonth.now(clock).getYear();
        if (year >= current) {
            throw new ArchiveRefused("Chỉ lưu trữ được năm trước năm " + current + "; năm " + year + " chưa kết thúc.");
        }
        return tx.execute(s -> {
            // rows of the year still in the default partition get their month's partition first
            ensure(monthsInDefault().stream().filter(m -> m.getYear() == year).toList());
            long open = jdbc.sql("""
                            select count(*) from dossier where received_at >= ? and received_at < ? and finished_at is null""")
                    .params(LocalDate.of(year, 1, 1).atStartOfDay(), LocalDate.of(year + 1, 1, 1).atStartOfDay())
                    .query(Long.class).single();
            if (open > 0) {
                throw new ArchiveRefused("Năm " + year + " còn " + open + " hồ sơ chưa giải quyết xong; chưa lưu trữ được.");
            }
            List<YearMonth> months = new ArrayList<>();
            long rows = 0;
            for (int month = 1; month <= 12; month++) {
                YearMonth m = YearMonth.of(year, month);
                Long n = jdbc.sql("select dossier_partition_detach(?, ?)").params(m.atDay(1), drop)
                        .query(Long.class).optional().orElse(null);
                if (n != null) {
                    months.add(m);
                    rows += n;
                }
            }
            Archived archived = new Archived(year, months, rows, drop);
            audit.deleted("dossier_partition", String.valueOf(year), Map.of("year", year, "months", months.size(),
                            "rows", rows, "kept", !drop),
                    (drop ? "Xóa " : "Lưu trữ ") + rows + " hồ sơ năm " + year + " (" + months.size() + " tháng)");
            return archived;
        });
    }
}
