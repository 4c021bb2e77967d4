package vn.cchc.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Demo installation: the five seed plans, imported and published, with a spread of progress states
 * posted through the real workflow by the demo accounts. Every demo note starts with "[Dữ liệu mẫu]".
 */
@Component
@Order(30)
class DemoPlans implements ApplicationRunner {

    static final String MARK = "[Dữ liệu mẫu] ";
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final boolean demo;
    private final PlanImports imports;
    private final PlanStore store;
    private final PlanPublication publication;
    private final ProgressService progress;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final UserDetailsService users;
    private final Directory directory;
    private final Clock clock;

    DemoPlans(@Value("${cchc.demo:false}") boolean demo, PlanImports imports, PlanStore store, PlanPublication publication,
              ProgressService progress,
              JdbcClient jdbc, TransactionTemplate tx, UserDetailsService users, Directory directory, Clock clock) {
        this.clock = clock;
        this.demo = demo;
        this.imports = imports;
        this.store = store;
        this.publication = publication;
        this.progress = progress;
        this.jdbc = jdbc;
        this.tx = tx;
        this.users = users;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demo || jdbc.sql("select count(*) from plan where demo").query(Long.class).single() > 0) {
            return;
        }
        Resource[] seeds = new PathMatchingResourcePatternResolver().getResources("classpath:demo/plans/*.txt");
        Arrays.sort(seeds, Comparator.comparing(Resource::getFilename));
        for (Resource seed : seeds) {
            try {
                byte[] content = seed.getContentAsByteArray();
                PlanDraft draft = imports.parse(content, seed.getFilename());
                tx.executeWithoutResult(s -> publication.publish(draft, true));
            } catch (RuntimeException e) {
                log.warn("Demo plan {} not imported: {}", seed.getFilename(), e.getMessage());
            }
        }
        try {
            spreadProgress();
        } catch (RuntimeException e) {
            log.warn("Demo progress not fully set: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A realistic spread: not started, in progress, done on time, done late, awaiting, returned, postponed, extended. */
    private void spreadProgress() {
        Map<Long, String> officers = new java.util.HashMap<>();
        for (String[] pair : List.of(new String[]{"SO_TU_PHAP", "stp.cchc"}, new String[]{"SO_KHCN", "skhcn.cchc"},
                new String[]{"SO_NOI_VU", "snv.cchc"})) {
            directory.findByCode(pair[0]).map(UnitRef::id).ifPresent(id -> officers.put(id, pair[1]));
        }
        List<TaskRow> tasks = store.tasks(TaskFilter.all()).stream().filter(TaskRow::demo)
                .filter(t -> !t.units().isEmpty()).toList();
        int i = 0;
        for (TaskRow t : tasks) {
            String officer = t.units().stream().map(u -> officers.get(u.unitId()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse("admin");
            // Nobody confirms their own unit's work: a leader who follows Sở Nội vụ confirms Sở Nội vụ's.
            String reviewer = "snv.cchc".equals(officer) ? "lanhdao" : "snv.cchc";
            int slot = i++ % 9;
            java.time.LocalDate due = t.due();
            switch (slot) {
                case 1 -> as(officer, () -> progress.post(t.id(), new ProgressService.Post("IN_PROGRESS", 40,
                        MARK + "Đang xây dựng dự thảo, lấy ý kiến các đơn vị.", null, null, null), List.of()));
                case 2 -> {
                    long p = as(officer, () -> progress.post(t.id(), new ProgressService.Post("DONE", 100,
                            MARK + "Đã hoàn thành, ban hành văn bản.", "15/KH-DEMO", due == null ? null : due.minusDays(5),
                            "https://nghean.gov.vn/tin-tuc"), List.of()));
                    as(reviewer, () -> { progress.confirm(p); return 0L; });
                }
                case 3 -> {
                    if (due == null) {
                        continue;
                    }
                    long p = as(officer, () -> progress.post(t.id(), new ProgressService.Post("DONE", 100,
                            MARK + "Hoàn thành muộn do chờ ý kiến góp ý.", "27/BC-DEMO", due.plusDays(12), null), List.of()));
                    as(reviewer, () -> { progress.confirm(p); return 0L; });
                }
                case 4 -> as(officer, () -> progress.post(t.id(), new ProgressService.Post("DONE", 100,
                        MARK + "Đã tổ chức hội nghị, gửi báo cáo kết quả.", "08/BC-DEMO", LocalDate.now(clock).minusDays(3), null),
                        List.of()));
                case 5 -> {
                    long p = as(officer, () -> progress.post(t.id(), new ProgressService.Post("DONE", 100,
                            MARK + "Đã hoàn thành.", null, null, null), List.of()));
                    as(reviewer, () -> { progress.returnForCorrection(p, MARK + "Chưa có số, ngày văn bản sản phẩm; đề nghị bổ sung."); return 0L; });
                }
                case 6 -> as(officer, () -> progress.post(t.id(), new ProgressService.Post("IN_PROGRESS", 70,
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
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } catch (RuntimeException e) {
            log.debug("Demo step skipped: {}", e.getMessage());
            return -1;
        }
    }
}
