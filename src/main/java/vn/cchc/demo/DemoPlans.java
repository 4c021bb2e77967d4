package vn.cchc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.plan.PlanDraft;
import vn.cchc.plan.PlanImports;
import vn.cchc.plan.PlanPublication;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFollowUp;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Demo installation: the five seed plans, imported and published, and this year's plan made from seed 001
 * ({@link CurrentYearPlan}), each with a spread of progress states posted through the real workflow by the demo
 * accounts. Every demo note starts with "[Dữ liệu mẫu]".
 */
@Component
@Profile("demo")
@Order(30)
class DemoPlans implements ApplicationRunner {

    static final String MARK = "[Dữ liệu mẫu] ";
    static final String SEED_001 = "001_b60d195b2e0bc6bf.txt";
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final PlanImports imports;
    private final Plans store;
    private final PlanPublication publication;
    private final TaskFollowUp progress;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Actors actors;
    private final Directory directory;
    private final Clock clock;

    DemoPlans(PlanImports imports, Plans store, PlanPublication publication, TaskFollowUp progress, JdbcClient jdbc,
              TransactionTemplate tx, Actors actors, Directory directory, Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.store = store;
        this.publication = publication;
        this.progress = progress;
        this.jdbc = jdbc;
        this.tx = tx;
        this.actors = actors;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        try {
            if (jdbc.sql("select count(*) from plan where demo").query(Long.class).single() == 0) {
                seeds();
            }
            int year = LocalDate.now(clock).getYear();
            if (jdbc.sql("select count(*) from plan where demo and year = ? and doc_number like ?")
                    .params(year, "%" + CurrentYearPlan.NUMBER_SUFFIX).query(Long.class).single() == 0) {
                currentYear();
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seeds() throws java.io.IOException {
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath:demo/plans/*.txt");
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
        for (Resource seed : seeds) {
            try {
                PlanDraft draft = imports.parse(seed.getContentAsByteArray(), seed.getFilename());
                tx.executeWithoutResult(s -> publication.publish(draft, true));
            } catch (RuntimeException e) {
                log.warn("Demo plan {} not imported: {}", seed.getFilename(), e.getMessage());
            }
        }
        try {
            spreadProgress(store.tasks(TaskFilter.all()).stream().filter(TaskRow::demo).toList());
        } catch (RuntimeException e) {
            log.warn("Demo progress not fully set: {}", e.getMessage());
        }
    }

    private void currentYear() throws java.io.IOException {
        byte[] content = new PathMatchingResourcePatternResolver().getResource("classpath:demo/plans/" + SEED_001)
                .getContentAsByteArray();
        PlanDraft draft = CurrentYearPlan.from(imports.parse(content, SEED_001), LocalDate.now(clock));
        long planId = tx.execute(s -> publication.publish(draft, true)).planId();
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> tasks = store.tasks(TaskFilter.ofPlan(planId));
        // A few tasks due soon and a few overdue stay untouched, so the lists and reminders have something to show.
        List<TaskRow> kept = new java.util.ArrayList<>();
        tasks.stream().filter(t -> t.due() != null && !t.due().isBefore(today)
                && !t.due().isAfter(today.plusDays(CurrentYearPlan.WINDOW_DAYS))).limit(CurrentYearPlan.AT_LEAST).forEach(kept::add);
        tasks.stream().filter(t -> t.due() != null && t.due().isBefore(today)).limit(CurrentYearPlan.AT_LEAST).forEach(kept::add);
        try {
            spreadProgress(tasks.stream().filter(t -> !kept.contains(t)).toList());
        } catch (RuntimeException e) {
            log.warn("Demo progress of the current year's plan not fully set: {}", e.getMessage());
        }
        log.info("Demo plans: {} for {} published", draft.number(), draft.year());
    }

    /** A realistic spread: not started, in progress, done on time, done late, awaiting, returned, postponed, extended. */
    private void spreadProgress(List<TaskRow> demoTasks) {
        Map<Long, String> officers = new java.util.HashMap<>();
        for (String[] pair : List.of(new String[]{"SO_TU_PHAP", "stp.cchc"}, new String[]{"SO_KHCN", "skhcn.cchc"},
                new String[]{"SO_NOI_VU", "snv.cchc"})) {
            directory.findByCode(pair[0]).map(UnitRef::id).ifPresent(id -> officers.put(id, pair[1]));
        }
        List<TaskRow> tasks = demoTasks.stream().filter(t -> !t.units().isEmpty()).toList();
        int i = 0;
        for (TaskRow t : tasks) {
            String officer = t.units().stream().map(u -> officers.get(u.unitId()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse("admin");
            // Nobody confirms their own unit's work: a leader who follows Sở Nội vụ confirms Sở Nội vụ's.
            String reviewer = "snv.cchc".equals(officer) ? "lanhdao" : "snv.cchc";
            int slot = i++ % 9;
            java.time.LocalDate due = t.due();
            switch (slot) {
                case 1 -> as(officer, () -> progress.post(t.id(), new TaskFollowUp.Post("IN_PROGRESS", 40,
                        MARK + "Đang xây dựng dự thảo, lấy ý kiến các đơn vị.", null, null, null), List.of()));
                case 2 -> {
                    long p = as(officer, () -> progress.post(t.id(), new TaskFollowUp.Post("DONE", 100,
                            MARK + "Đã hoàn thành, ban hành văn bản.", "15/KH-DEMO", due == null ? null : due.minusDays(5),
                            "https://nghean.gov.vn/tin-tuc"), List.of()));
                    as(reviewer, () -> { progress.confirm(p); return 0L; });
                }
                case 3 -> {
                    if (due == null) {
                        continue;
                    }
                    long p = as(officer, () -> progress.post(t.id(), new TaskFollowUp.Post("DONE", 100,
                            MARK + "Hoàn thành muộn do chờ ý kiến góp ý.", "27/BC-DEMO", due.plusDays(12), null), List.of()));
                    as(reviewer, () -> { progress.confirm(p); return 0L; });
                }
                case 4 -> as(officer, () -> progress.post(t.id(), new TaskFollowUp.Post("DONE", 100,
                        MARK + "Đã tổ chức hội nghị, gửi báo cáo kết quả.", "08/BC-DEMO", LocalDate.now(clock).minusDays(3), null),
                        List.of()));
                case 5 -> {
                    long p = as(officer, () -> progress.post(t.id(), new TaskFollowUp.Post("DONE", 100,
                            MARK + "Đã hoàn thành.", null, null, null), List.of()));
                    as(reviewer, () -> { progress.returnForCorrection(p, MARK + "Chưa có số, ngày văn bản sản phẩm; đề nghị bổ sung."); return 0L; });
                }
                case 6 -> as(officer, () -> progress.post(t.id(), new TaskFollowUp.Post("IN_PROGRESS", 70,
                        MARK + "Đã hoàn thành phần lớn nội dung.", null, null, null), List.of()));
                case 7 -> {
                    if (i % 2 == 0) {
                        long p = as(officer, () -> progress.request(t.id(), "POSTPONE", MARK + "Chờ hướng dẫn của Bộ Nội vụ.", null));
                        as(reviewer, () -> { progress.confirm(p); return 0L; });
                    } else if (due != null) {
                        long p = as(officer, () -> progress.request(t.id(), "EXTENSION", MARK + "Cần thêm thời gian khảo sát.",
                                due.plusMonths(2)));
                        as(reviewer, () -> { progress.confirm(p); return 0L; });
                    }
                }
                default -> {
                }
            }
        }
        log.info("Demo plans: progress spread over {} tasks", tasks.size());
    }

    private long as(String username, java.util.function.Supplier<Long> action) {
        try {
            return actors.as(username, action);
        } catch (RuntimeException e) {
            log.debug("Demo step skipped: {}", e.getMessage());
            return -1;
        }
    }
}
