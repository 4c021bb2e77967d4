package vn.cchc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.Catalogue;
import vn.cchc.indicator.Entry;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodType;
import vn.cchc.indicator.Reports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo installation: the previous quarter's forms of some departments, reopened by the administrator (they are
 * past their due date), submitted and approved through the real workflow, so the board, the heatmap and the 766
 * scorecard show reported values next to the computed ones. Sở Tư pháp and Sở KH&CN are left for trying it out.
 */
@Component
@Profile("demo")
@Order(45)
class DemoReports implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);
    static final String MARK = "[Dữ liệu mẫu] ";

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Catalogue catalogue;
    private final Actors actors;
    private final Clock clock;

    DemoReports(JdbcClient jdbc, Reports reports, Catalogue catalogue, Actors actors, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.reports = reports;
        this.catalogue = catalogue;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from ind_report").query(Long.class).single() > 0) {
            return;
        }
        try {
            Period previous = Period.containing(PeriodType.QUARTER, LocalDate.now(clock)).previous();
            List<UnitRef> units = actors.as("admin", () -> reports.expectedUnits(previous)).stream()
                    .filter(u -> u.kind() == vn.cchc.directory.UnitKind.DEPARTMENT)
                    .filter(u -> !List.of("SO_TU_PHAP", "SO_KHCN", "SO_NOI_VU").contains(u.code()))
                    .limit(8).toList();
            int k = 0;
            for (UnitRef u : units) {
                k++;
                Map<String, Entry> values = new LinkedHashMap<>();
                for (Indicator i : catalogue.form(PeriodType.QUARTER)) {
                    values.put(i.code(), switch (i.measure()) {
                        case RATIO -> {
                            long den = 20 + (k * 7L + i.sortOrder()) % 40;
                            long num = den - (k + i.sortOrder() / 10) % 4;
                            yield new Entry(BigDecimal.valueOf(num), BigDecimal.valueOf(den),
                                    num < den ? MARK + "Đang khắc phục trong quý sau" : null);
                        }
                        case BOOLEAN -> new Entry(BigDecimal.valueOf(k % 5 == 0 ? 0 : 1), null,
                                k % 5 == 0 ? MARK + "Chưa triển khai" : null);
                        default -> new Entry(BigDecimal.valueOf(k % 4 == 0 ? 1 : 0), null,
                                k % 4 == 0 ? MARK + "Đã xử lý kỷ luật" : null);
                    });
                }
                actors.run("admin", () -> {
                    if (reports.form(u, previous).locked()) {
                        reports.grantException(u, previous, LocalDate.now(clock).plusDays(1), MARK + "Nhập số liệu mẫu");
                    }
                    reports.submit(u, previous, values);
                });
                if (k % 3 != 0) {
                    // Nobody approves their own work: the administrator submitted, the standing agency approves.
                    actors.run("snv.cchc", () -> reports.approve(u, previous));
                }
            }
            log.info("Demo reports: {} forms of {} submitted, {} approved", units.size(), previous.key(),
                    units.size() - units.size() / 3);
        } catch (RuntimeException e) {
            log.warn("Demo reports not fully set: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
