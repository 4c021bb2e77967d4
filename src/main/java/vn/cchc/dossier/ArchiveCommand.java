package vn.cchc.dossier;

import org.springframework.stereotype.Component;
import vn.cchc.command.CchcCommand;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code ./cchc dossiers archive --year 2023 [--drop]}: detaches that year's monthly partitions of {@code dossier}
 * and keeps them as tables {@code dossier_archive_YYYY_MM} (or drops them with {@code --drop}). Meant for the
 * province's own database (with {@code spring.datasource.url} set); the monthly aggregates keep the year's figures.
 */
@Component
class ArchiveCommand implements CchcCommand {

    private final DossierPartitions partitions;

    ArchiveCommand(DossierPartitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public String name() {
        return "dossiers";
    }

    @Override
    public String usage() {
        return "archive --year YYYY [--drop]  lưu trữ (hoặc xóa) hồ sơ của một năm đã qua";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        int at = arguments.indexOf("--year");
        if (arguments.isEmpty() || !arguments.get(0).equals("archive") || at < 0 || at + 1 >= arguments.size()
                || !arguments.get(at + 1).matches("\\d{4}")) {
            err.println("Cách dùng: ./cchc dossiers archive --year YYYY [--drop] (năm gồm 4 chữ số, ví dụ --year 2023)");
            return 2;
        }
        int year = Integer.parseInt(arguments.get(at + 1));
        boolean drop = arguments.contains("--drop");
        try {
            DossierPartitions.Archived a = partitions.archive(year, drop);
            out.printf("Năm %d: %d tháng, %d hồ sơ %s.%n", year, a.months().size(), a.rows(),
                    drop ? "đã xóa" : "đã tách khỏi bảng dossier, giữ trong các bảng dossier_archive_" + year + "_MM");
            return 0;
        } catch (DossierPartitions.ArchiveRefused e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
