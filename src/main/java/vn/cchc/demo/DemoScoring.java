package vn.cchc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.scoring.Appraisals;
import vn.cchc.scoring.Assessment;
import vn.cchc.scoring.ScoreRounds;
import vn.cchc.scoring.Rounds;
import vn.cchc.scoring.ScoreRound;
import vn.cchc.scoring.ScoringGroup;
import vn.cchc.scoring.SelfAssessments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo installation, everything marked "[Dữ liệu mẫu]" (the province replaces it with its own decisions):
 * <ul>
 * <li>sample criteria sets for departments and for communes, for 2024 and 2025 (the 2025 sets copied from 2024);</li>
 * <li>a 2024 round taken through every step by the demo accounts on the days of the real 2024 round (opened
 * 16/12/2024, self-assessments with notes submitted in January 2025, survey points, appraisal with a few lowered
 * scores and their reasons, one explanation requested, answered and accepted, areas finalised, consolidated) and
 * published by decision 1171/QĐ-UBND of 25/4/2025, the real 2024 publication;</li>
 * <li>an open 2025 round in progress: two units submitted (one of them being appraised), some scored in part,
 * some not started, so the self/appraised comparison, the change from last year and the charts show something.</li>
 * </ul>
 * Everything goes through the services, with the {@link SeedingClock} set to the day of each step, so each score has
 * its history and audit entry at the time it happened. Each part runs once, in one transaction, and is skipped when
 * its data is already there: a restart adds nothing.
 */
@Component
@Profile("demo")
@Order(40)
class DemoScoring implements ApplicationRunner {

    static final String MARK = ScoringSteps.MARK;
    static final String DECISION_2024 = "1171/QĐ-UBND ngày 25/4/2025";
    private static final Logger log = LoggerFactory.getLogger(DemoScoring.class);

    /** Appraised level of each unit in 2024 (share of the points of each item, before the item's own spread). */
    private static final Map<String, Double> LEVEL_2024 = Map.of("SO_TAI_CHINH", 0.915, "SO_NOI_VU", 0.9,
            "SO_TU_PHAP", 0.88, "SO_KHCN", 0.87, "SO_Y_TE", 0.85, "X_HUNG_TAY", 0.84, "X_ANH_SON", 0.785,
            "X_YEN_XUAN", 0.72);
    /** 2025 self-assessment level and how far each unit has got. */
    private static final Map<String, Double> LEVEL_2025 = Map.of("SO_TAI_CHINH", 0.935, "SO_NOI_VU", 0.895,
            "SO_TU_PHAP", 0.9, "SO_Y_TE", 0.87, "X_HUNG_TAY", 0.86, "X_ANH_SON", 0.8);

    private final ScoringSteps steps;
    private final Rounds rounds;
    private final SelfAssessments self;
    private final Appraisals appraisals;
    private final ScoreRounds store;
    private final Actors actors;
    private final TransactionTemplate tx;
    private final SeedingClock clock;

    DemoScoring(ScoringSteps steps, Rounds rounds, SelfAssessments self, Appraisals appraisals, ScoreRounds store,
                Actors actors, PlatformTransactionManager transactions, SeedingClock clock) {
        this.steps = steps;
        this.rounds = rounds;
        this.self = self;
        this.appraisals = appraisals;
        this.store = store;
        this.actors = actors;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        try {
            tx.executeWithoutResult(s -> {
                if (steps.demoRound(2024).isEmpty()) {
                    round2024();
                }
            });
            tx.executeWithoutResult(s -> {
                if (steps.sampleSet(2025, ScoringGroup.DEPARTMENT).isEmpty()) {
                    open2025();
                }
            });
            tx.executeWithoutResult(s -> steps.demoRound(2025)
                    .filter(r -> steps.untouched(r, LocalDate.now(clock))).ifPresent(this::progress2025));
            log.info("Demo scoring ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo scoring not loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The 2024 round, each step on the day it took place in the province's 2024 round. */
    private void round2024() {
        Map<ScoringGroup, Long> ids = new EnumMap<>(ScoringGroup.class);
        for (ScoringGroup g : ScoringGroup.values()) {
            ids.put(g, steps.sampleSet(2024, g).orElseGet(() -> steps.createSet(2024, g, null)));
        }
        long round = clock.at(at("2024-12-16T08:00"), () -> steps.open(2024, ids, LocalDate.of(2025, 1, 20),
                LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 20)));
        List<Assessment> all = store.assessments(round);
        List<Long> changed = new ArrayList<>();
        clock.at(at("2025-01-10T09:00"), () -> all.forEach(a ->
                changed.addAll(steps.selfScore(a, 2024, LEVEL_2024.get(steps.unitCode(a)), null, true))));
        clock.at(at("2025-01-17T15:30"), () -> all.forEach(steps::submit));
        clock.at(at("2025-02-20T14:00"), () -> steps.survey(all, 2024, LEVEL_2024));
        Long explained = clock.at(at("2025-02-26T10:00"),
                () -> steps.appraiseAll(round, all, changed, true, 2024, LEVEL_2024, "SO_KHCN"));
        if (explained != null) {
            Assessment a = store.requireAssessment(store.requireItem(explained).assessmentId());
            String officer = ScoringSteps.officerOf(steps.unitCode(a));
            clock.at(at("2025-03-11T09:00"), () -> actors.run(officer, () -> self.answer(explained, MARK
                            + "Báo cáo số 215/BC-SKHCN ngày 12/12/2024 về theo dõi thi hành pháp luật đã gửi Sở Tư pháp qua hệ "
                            + "thống quản lý văn bản; gửi kèm bản chụp.",
                    List.of(new SelfAssessments.Upload("bao-cao-215-BC-SKHCN.pdf", ScoringSteps.PDF)))));
            clock.at(at("2025-03-12T10:00"), () -> actors.run(officer, () -> self.submitExplanation(a.id())));
            clock.at(at("2025-03-25T10:00"), () -> actors.run("thamdinh", () -> appraisals.decideExplanation(explained,
                    true, null, MARK + "Đơn vị đã cung cấp đủ tài liệu kiểm chứng; chấp nhận điểm tự chấm.")));
        }
        clock.at(at("2025-04-02T16:00"), () -> {
            for (ScoreRound.Area area : store.areas(round)) {
                actors.run(ScoringSteps.appraiserOf(area.areaCode()), () -> rounds.finaliseArea(round, area.areaCode()));
            }
        });
        clock.at(at("2025-04-15T16:00"), () -> actors.run("snv.cchc", () -> rounds.consolidate(round)));
        clock.at(at("2025-04-25T09:00"), () -> actors.run("lanhdao", () -> rounds.publish(round, DECISION_2024)));
        log.info("Demo scoring: 2024 round published ({} units, decision {})", all.size(), DECISION_2024);
    }

    private void open2025() {
        Map<ScoringGroup, Long> from = new EnumMap<>(ScoringGroup.class);
        for (ScoringGroup g : ScoringGroup.values()) {
            steps.sampleSet(2024, g).ifPresent(id -> from.put(g, id));
        }
        Map<ScoringGroup, Long> ids = new EnumMap<>(ScoringGroup.class);
        ids.put(ScoringGroup.DEPARTMENT, steps.createSet(2025, ScoringGroup.DEPARTMENT, from.get(ScoringGroup.DEPARTMENT)));
        ids.put(ScoringGroup.COMMUNE, steps.createSet(2025, ScoringGroup.COMMUNE, from.get(ScoringGroup.COMMUNE)));
        LocalDate self = LocalDate.now(clock).plusDays(30);
        steps.open(2025, ids, self, self.plusDays(20), self.plusDays(30));
        log.info("Demo scoring: sample 2025 criteria sets and an open 2025 round");
    }

    /**
     * The 2025 round under way: Sở Tài chính submitted and being appraised (areas 1 to 3, a few scores lowered, one
     * explanation asked), Sở Nội vụ submitted, xã Hưng Tây scored but not submitted, Sở Tư pháp, Sở Y tế and
     * xã Anh Sơn in part; Sở KH&CN and xã Yên Xuân not started. Survey points are in for every unit.
     */
    private void progress2025(ScoreRound round) {
        List<Assessment> all = store.assessments(round.id());
        steps.survey(all, 2025, LEVEL_2025);
        Map<String, Assessment> byCode = new LinkedHashMap<>();
        all.forEach(a -> byCode.put(steps.unitCode(a), a));
        List<Long> changed = new ArrayList<>();
        for (Map.Entry<String, Assessment> e : byCode.entrySet()) {
            Double level = LEVEL_2025.get(e.getKey());
            if (level == null) {
                continue;
            }
            Integer areas = switch (e.getKey()) {
                case "SO_TU_PHAP", "SO_Y_TE" -> 2;
                case "X_ANH_SON" -> 3;
                default -> null;
            };
            boolean submit = e.getKey().equals("SO_TAI_CHINH") || e.getKey().equals("SO_NOI_VU");
            List<Long> up = steps.selfScore(e.getValue(), 2025, level, areas, submit);
            if (submit) {
                steps.submit(e.getValue());
            }
            if (e.getKey().equals("SO_TAI_CHINH")) {
                changed.addAll(up);
            }
        }
        Assessment taiChinh = byCode.get("SO_TAI_CHINH");
        if (taiChinh != null) {
            steps.appraiseAll(round.id(), List.of(taiChinh), changed, false, 2025, LEVEL_2025, "SO_TAI_CHINH");
        }
        log.info("Demo scoring: 2025 round in progress");
    }

    private static LocalDateTime at(String provinceTime) {
        return LocalDateTime.parse(provinceTime);
    }
}
