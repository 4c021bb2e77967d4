package vn.cchc.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Demo installation, everything marked "[Dữ liệu mẫu]" (the province replaces it with its own decisions):
 * <ul>
 * <li>sample criteria sets for departments and for communes, for 2024 and 2025 (the 2025 sets copied from 2024);</li>
 * <li>a 2024 round taken through every step by the demo accounts (self-assessment with notes, survey points,
 * appraisal with a few lowered scores and their reasons, one explanation requested, answered and accepted,
 * areas finalised, consolidated) and published by decision 1171/QĐ-UBND of 25/4/2025, the real 2024 publication;
 * its dates are then set to the 2025 calendar of that round;</li>
 * <li>an open 2025 round in progress: two units submitted (one of them being appraised), some scored in part,
 * some not started, so the self/appraised comparison, the change from last year and the charts show something.</li>
 * </ul>
 * Everything goes through the services, so each score has its history and audit entry. Each part runs once, in
 * one transaction, and is skipped when its data is already there: a restart adds nothing.
 */
@Component
@Order(40)
class DemoScoring implements ApplicationRunner {

    static final String MARK = "[Dữ liệu mẫu] ";
    static final String DECISION_2024 = "1171/QĐ-UBND ngày 25/4/2025";
    private static final Logger log = LoggerFactory.getLogger(DemoScoring.class);
    private static final List<String> UNITS = List.of("SO_NOI_VU", "SO_TU_PHAP", "SO_KHCN", "SO_TAI_CHINH", "SO_Y_TE",
            "X_HUNG_TAY", "X_ANH_SON", "X_YEN_XUAN");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Appraised level of each unit in 2024 (share of the points of each item, before the item's own spread). */
    private static final Map<String, Double> LEVEL_2024 = Map.of("SO_TAI_CHINH", 0.915, "SO_NOI_VU", 0.9,
            "SO_TU_PHAP", 0.88, "SO_KHCN", 0.87, "SO_Y_TE", 0.85, "X_HUNG_TAY", 0.84, "X_ANH_SON", 0.785,
            "X_YEN_XUAN", 0.72);
    /** 2025 self-assessment level and how far each unit has got. */
    private static final Map<String, Double> LEVEL_2025 = Map.of("SO_TAI_CHINH", 0.935, "SO_NOI_VU", 0.895,
            "SO_TU_PHAP", 0.9, "SO_Y_TE", 0.87, "X_HUNG_TAY", 0.86, "X_ANH_SON", 0.8);

    private static final String[] REASONS = {
            "Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện; trừ điểm theo hướng dẫn chấm.",
            "Báo cáo gửi chậm so với thời hạn quy định; chỉ đạt mức thực hiện chậm.",
            "Số liệu tự chấm chưa khớp với số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh.",
            "Kế hoạch ban hành sau ngày 31/12 năm trước; chấm theo mức ban hành chậm."};

    private final boolean demo;
    private final JdbcClient jdbc;
    private final CriteriaSets sets;
    private final Rounds rounds;
    private final SelfAssessments self;
    private final Appraisals appraisals;
    private final RoundStore store;
    private final Directory directory;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final ScoringAccess access;
    private final Clock clock;

    DemoScoring(@Value("${cchc.demo:false}") boolean demo, JdbcClient jdbc, CriteriaSets sets, Rounds rounds,
                SelfAssessments self, Appraisals appraisals, RoundStore store, Directory directory,
                UserDetailsService users, PlatformTransactionManager transactions, ScoringAccess access, Clock clock) {
        this.clock = clock;
        this.demo = demo;
        this.access = access;
        this.jdbc = jdbc;
        this.sets = sets;
        this.rounds = rounds;
        this.self = self;
        this.appraisals = appraisals;
        this.store = store;
        this.directory = directory;
        this.users = users;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        long started = System.nanoTime();
        try {
            tx.executeWithoutResult(s -> {
                if (demoRound(2024).isEmpty()) {
                    round2024();
                }
            });
            tx.executeWithoutResult(s -> {
                if (sampleSet(2025, ScoringGroup.DEPARTMENT).isEmpty()) {
                    open2025();
                }
            });
            tx.executeWithoutResult(s -> demoRound(2025).filter(this::untouched).ifPresent(this::progress2025));
            log.info("Demo scoring ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Demo scoring not loaded: {}", e.getMessage(), e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    // ---- parts

    private void round2024() {
        Map<ScoringGroup, Long> ids = sets2024();
        long round = as("snv.cchc", () -> rounds.open(form(2024, ids, LocalDate.now(clock).plusDays(1))));
        List<Assessment> all = store.assessments(round);
        survey(all, 2024, LEVEL_2024);
        List<Long> changed = new ArrayList<>();
        for (Assessment a : all) {
            String code = unitCode(a);
            changed.addAll(selfScore(a, 2024, LEVEL_2024.get(code), null, true));
        }
        Long explained = appraiseAll(round, all, changed, true);
        if (explained != null) {
            Assessment a = store.requireAssessment(store.requireItem(explained).assessmentId());
            run(officerOf(unitCode(a)), () -> {
                self.answer(explained, MARK + "Báo cáo số 215/BC-SKHCN ngày 12/12/2024 về theo dõi thi hành pháp luật đã "
                        + "gửi Sở Tư pháp qua hệ thống quản lý văn bản; gửi kèm bản chụp.",
                        List.of(new SelfAssessments.Upload("bao-cao-215-BC-SKHCN.pdf", PDF)));
                self.submitExplanation(a.id());
            });
            run("thamdinh", () -> appraisals.decideExplanation(explained, true, null,
                    MARK + "Đơn vị đã cung cấp đủ tài liệu kiểm chứng; chấp nhận điểm tự chấm."));
        }
        for (ScoreRound.Area area : store.areas(round)) {
            run(appraiserOf(area.areaCode()), () -> rounds.finaliseArea(round, area.areaCode()));
        }
        run("snv.cchc", () -> rounds.consolidate(round));
        run("lanhdao", () -> rounds.publish(round, DECISION_2024));
        backdate2024(round);
        log.info("Demo scoring: 2024 round published ({} units, decision {})", all.size(), DECISION_2024);
    }

    private void open2025() {
        Map<ScoringGroup, Long> from = new EnumMap<>(ScoringGroup.class);
        for (ScoringGroup g : ScoringGroup.values()) {
            sampleSet(2024, g).ifPresent(id -> from.put(g, id));
        }
        Map<ScoringGroup, Long> ids = new EnumMap<>(ScoringGroup.class);
        ids.put(ScoringGroup.DEPARTMENT, createSet(2025, ScoringGroup.DEPARTMENT, from.get(ScoringGroup.DEPARTMENT)));
        ids.put(ScoringGroup.COMMUNE, createSet(2025, ScoringGroup.COMMUNE, from.get(ScoringGroup.COMMUNE)));
        LocalDate today = LocalDate.now(clock);
        as("snv.cchc", () -> rounds.open(form(2025, ids, today.plusDays(30))));
        log.info("Demo scoring: sample 2025 criteria sets and an open 2025 round");
    }

    /**
     * The 2025 round under way: Sở Tài chính submitted and being appraised (areas 1 to 3, a few scores lowered, one
     * explanation asked), Sở Nội vụ submitted, xã Hưng Tây scored but not submitted, Sở Tư pháp, Sở Y tế and
     * xã Anh Sơn in part; Sở KH&CN and xã Yên Xuân not started. Survey points are in for every unit.
     */
    private void progress2025(ScoreRound round) {
        List<Assessment> all = store.assessments(round.id());
        survey(all, 2025, LEVEL_2025);
        Map<String, Assessment> byCode = new LinkedHashMap<>();
        all.forEach(a -> byCode.put(unitCode(a), a));
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
            List<Long> up = selfScore(e.getValue(), 2025, level, areas, submit);
            if (e.getKey().equals("SO_TAI_CHINH")) {
                changed.addAll(up);
            }
        }
        Assessment taiChinh = byCode.get("SO_TAI_CHINH");
        if (taiChinh != null) {
            appraiseAll(round.id(), List.of(taiChinh), changed, false);
        }
        log.info("Demo scoring: 2025 round in progress");
    }

    // ---- steps

    private Map<ScoringGroup, Long> sets2024() {
        Map<ScoringGroup, Long> ids = new EnumMap<>(ScoringGroup.class);
        for (ScoringGroup g : ScoringGroup.values()) {
            ids.put(g, sampleSet(2024, g).orElseGet(() -> createSet(2024, g, null)));
        }
        return ids;
    }

    private long createSet(int year, ScoringGroup group, Long copiedFrom) {
        String resource = group == ScoringGroup.DEPARTMENT ? "scoring/demo-2025-department.tsv" : "scoring/demo-2025-commune.tsv";
        String name = group == ScoringGroup.DEPARTMENT ? "Bộ tiêu chí xác định Chỉ số CCHC các sở, ban, ngành năm "
                : "Bộ tiêu chí xác định Chỉ số CCHC các xã, phường năm ";
        return as("snv.cchc", () -> sets.create(new CriterionInput.Header(year, group, MARK + name + year, null,
                new BigDecimal("2"), new BigDecimal("3")), rows(resource), true, true, copiedFrom));
    }

    private Rounds.RoundForm form(int year, Map<ScoringGroup, Long> ids, LocalDate selfDeadline) {
        List<Long> units = new ArrayList<>();
        for (String code : UNITS) {
            directory.findByCode(code).map(UnitRef::id).ifPresent(units::add);
        }
        Map<String, Long> appraisers = new LinkedHashMap<>();
        for (int area = 1; area <= 9; area++) {
            appraisers.put(String.valueOf(area), directory.idOf(area == 2 ? "SO_TU_PHAP" : "SO_NOI_VU"));
        }
        return new Rounds.RoundForm(year, MARK + "Xác định Chỉ số CCHC năm " + year, ids, Map.of(), units,
                selfDeadline, selfDeadline.plusDays(20), selfDeadline.plusDays(30), appraisers, true);
    }

    /** Survey points (điều tra xã hội học), entered by the standing agency. */
    private void survey(List<Assessment> all, int year, Map<String, Double> levels) {
        run("snv.cchc", () -> {
            for (Assessment a : all) {
                CriteriaTree tree = sets.tree(a.setId());
                double level = levels.getOrDefault(unitCode(a), 0.8);
                for (ScoreItem item : store.items(a.id())) {
                    Criterion c = tree.node(item.criterionId()).criterion();
                    if (c.method() == Method.SURVEY) {
                        rounds.enterSurvey(item.id(), VietnameseNumbers.formatExact(points(c, level, unitCode(a), year)),
                                MARK + "Kết quả điều tra xã hội học năm " + year);
                    }
                }
            }
        });
    }

    /**
     * Self-scores a unit's items (only the first {@code areas} areas when given), with notes where the criterion
     * asks for evidence, and submits when asked. A few items are scored above what the appraiser will give:
     * their ids are returned.
     */
    private List<Long> selfScore(Assessment a, int year, double level, Integer areas, boolean submit) {
        String code = unitCode(a);
        CriteriaTree tree = sets.tree(a.setId());
        List<Long> above = new ArrayList<>();
        run(officerOf(code), () -> {
            for (ScoreItem item : store.items(a.id())) {
                Criterion c = tree.node(item.criterionId()).criterion();
                if (c.method() == Method.SURVEY || item.notApplicable()
                        || (areas != null && Integer.parseInt(tree.node(item.criterionId()).areaCode()) > areas)) {
                    continue;
                }
                BigDecimal target = points(c, level, code, year);
                BigDecimal up = c.kind() == ItemKind.NORMAL && !c.computed() && hash(code, c.code(), year) % 12 == 0
                        ? above(c, target) : null;
                BigDecimal claimed = up == null ? target : up;
                if (up != null) {
                    above.add(item.id());
                }
                boolean computedWithData = c.computed() && item.selfPoints() != null;
                String note = c.evidenceRequired() || up != null
                        ? MARK + "Đơn vị tự chấm theo kết quả thực hiện năm " + year : null;
                String explanation = c.evidenceRequired() ? MARK + "Văn bản lưu tại bộ phận văn thư của đơn vị" : null;
                List<SelfAssessments.Upload> files = c.code().equals("1.1.1") && submit
                        ? List.of(new SelfAssessments.Upload("ke-hoach-cchc-" + year + ".pdf", PDF)) : List.of();
                self.score(item.id(), computedWithData ? null : VietnameseNumbers.formatExact(claimed), note,
                        files.isEmpty() ? explanation : null, files);
            }
            if (submit) {
                self.submit(a.id(), headOf(a), true);
            }
        });
        return above;
    }

    /**
     * Appraises the assessments: lowers the items scored above their level, with a reason, then accepts the rest
     * (2024: every area, in one step per area; 2025: areas 1 to 3 of the given units, item by item). Sở Tư pháp
     * lowers item 2.3 and asks for an explanation: of Sở KH&CN in 2024 (its id is returned, the explanation is
     * accepted later), of Sở Tài chính in 2025 (left for the unit to answer).
     */
    private Long appraiseAll(long roundId, List<Assessment> all, List<Long> lowered, boolean everyArea) {
        int year = everyArea ? 2024 : 2025;
        Long[] explained = {null};
        // Nobody appraises their own unit: after the two appraising departments, the standing agency and a leader who
        // follows Sở Nội vụ appraise what the appraisers may not (Sở Tư pháp's area 2, Sở Nội vụ's other areas).
        for (String appraiser : List.of("snv.cchc", "thamdinh", "lanhdao")) {
            run(appraiser, () -> {
                List<String> mine = new ArrayList<>(store.areas(roundId).stream()
                        .filter(x -> appraiserOf(x.areaCode()).equals(appraiser)).map(ScoreRound.Area::areaCode).toList());
                List<String> areas = new ArrayList<>(store.areas(roundId).stream().map(ScoreRound.Area::areaCode).toList());
                if (!everyArea) {
                    mine.removeIf(x -> Integer.parseInt(x) > 3);
                    areas.removeIf(x -> Integer.parseInt(x) > 3);
                }
                for (Assessment a : all) {
                    String code = unitCode(a);
                    CriteriaTree tree = sets.tree(a.setId());
                    for (ScoreItem item : store.items(a.id())) {
                        CriteriaTree.Node node = tree.node(item.criterionId());
                        Criterion c = node.criterion();
                        boolean substitute = !mine.contains(node.areaCode());
                        if (!areas.contains(node.areaCode()) || c.method() == Method.SURVEY || item.notApplicable()
                                || !access.canAppraise(roundId, node.areaCode(), a.unitId()) || (substitute && item.appraised())) {
                            continue;
                        }
                        boolean ask = explained[0] == null && c.code().equals("2.3")
                                && code.equals(everyArea ? "SO_KHCN" : "SO_TAI_CHINH");
                        if (ask) {
                            BigDecimal less = item.selfPoints().subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
                            appraisals.appraise(item.id(), VietnameseNumbers.formatExact(less), MARK + "Chưa thấy báo cáo theo dõi tình hình "
                                            + "thi hành pháp luật năm " + year + " gửi Sở Tư pháp.",
                                    MARK + "Đề nghị đơn vị cung cấp báo cáo theo dõi thi hành pháp luật năm " + year
                                            + " và văn bản gửi Sở Tư pháp.");
                            explained[0] = item.id();
                        } else if (lowered.contains(item.id())) {
                            double level = (everyArea ? LEVEL_2024 : LEVEL_2025).get(code);
                            appraisals.appraise(item.id(), VietnameseNumbers.formatExact(points(c, level, code, year)),
                                    MARK + REASONS[hash(code, c.code(), year) % REASONS.length], null);
                        } else if (!everyArea || substitute) {
                            appraisals.appraise(item.id(), null, null, null);
                        }
                    }
                }
                if (everyArea) {
                    mine.forEach(area -> appraisals.acceptRemaining(roundId, area));
                }
            });
        }
        return explained[0];
    }

    /** Sets the 2024 round's dates to its 2025 calendar (published on the decision's date, 25/4/2025). */
    private void backdate2024(long round) {
        jdbc.sql("""
                        update score_round set self_deadline = date '2025-01-20', appraisal_deadline = date '2025-03-05',
                            explanation_deadline = date '2025-03-20', opened_at = timestamptz '2024-12-16 08:00+07',
                            consolidated_at = timestamptz '2025-04-15 16:00+07', published_at = timestamptz '2025-04-25 09:00+07'
                        where id = ?""").param(round).update();
        jdbc.sql("""
                        update score_assessment set submitted_at = timestamptz '2025-01-17 15:30+07',
                            explanation_submitted_at = case when explanation_submitted_at is null then null
                                else timestamptz '2025-03-12 10:00+07' end
                        where round_id = ?""").param(round).update();
        jdbc.sql("update score_round_area set finalised_at = timestamptz '2025-04-02 16:00+07' where round_id = ?")
                .param(round).update();
        String items = "select i.id from score_item i join score_assessment a on a.id = i.assessment_id where a.round_id = ?";
        jdbc.sql("""
                        update score_item set appraised_at = case when explanation_outcome is null
                            then timestamptz '2025-02-26 10:00+07' else timestamptz '2025-03-25 10:00+07' end
                        where appraised_at is not null and id in (""" + items + ")").param(round).update();
        jdbc.sql("""
                        update score_change set occurred_at = case stage
                            when 'COMPUTED' then timestamptz '2024-12-16 08:00+07'
                            when 'SELF' then timestamptz '2025-01-10 09:00+07'
                            when 'SURVEY' then timestamptz '2025-02-20 14:00+07'
                            when 'APPRAISAL' then timestamptz '2025-02-26 10:00+07'
                            when 'EXPLANATION' then timestamptz '2025-03-25 10:00+07'
                            else occurred_at end
                        where item_id in (""" + items + ")").param(round).update();
        jdbc.sql("""
                        update score_evidence set uploaded_at = case stage when 'SELF' then timestamptz '2025-01-10 09:00+07'
                            else timestamptz '2025-03-11 09:00+07' end
                        where item_id in (""" + items + ")").param(round).update();
    }

    // ---- sample scores

    /** The points of an item for a unit at a level: the level with a spread of ±15 % per item, on allowed values. */
    static BigDecimal points(Criterion c, double level, String unitCode, int year) {
        BigDecimal max = c.maxPoints();
        if (c.kind() == ItemKind.BONUS) {
            return level >= 0.9 ? max.min(BigDecimal.ONE) : BigDecimal.ZERO;
        }
        if (c.kind() == ItemKind.PENALTY) {
            return level < 0.75 ? max.min(BigDecimal.ONE) : BigDecimal.ZERO;
        }
        double spread = (hash(unitCode, c.code(), year) % 1000) / 1000.0 * 0.3 - 0.15;
        double share = Math.max(0, Math.min(1, level + spread));
        BigDecimal wanted = max.multiply(BigDecimal.valueOf(share));
        List<BigDecimal> allowed = c.allowed();
        if (!allowed.isEmpty()) {
            return allowed.stream().min((x, y) -> x.subtract(wanted).abs().compareTo(y.subtract(wanted).abs())).orElseThrow();
        }
        return wanted.multiply(BigDecimal.valueOf(4)).setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY).min(max);
    }

    /** The next score above: the next allowed value, or half a point more; null at the maximum. */
    private static BigDecimal above(Criterion c, BigDecimal p) {
        List<BigDecimal> allowed = c.allowed();
        if (!allowed.isEmpty()) {
            return allowed.stream().filter(v -> v.compareTo(p) > 0).min(BigDecimal::compareTo).orElse(null);
        }
        BigDecimal up = p.add(new BigDecimal("0.5")).min(c.maxPoints());
        return up.compareTo(p) > 0 ? up : null;
    }

    private static int hash(String unit, String code, int year) {
        return Math.floorMod((unit + "/" + code + "/" + year).hashCode() * 31 + 17, 1_000_003);
    }

    // ---- lookups

    private Optional<ScoreRound> demoRound(int year) {
        return jdbc.sql("select * from score_round where demo and year = ? order by id limit 1").param(year)
                .query(RoundStore::round).optional();
    }

    private Optional<Long> sampleSet(int year, ScoringGroup group) {
        return jdbc.sql("select id from score_set where sample and year = ? and unit_group = ? order by version limit 1")
                .params(year, group.name()).query(Long.class).optional();
    }

    /** An open round no unit has started on (no self-score, no survey point yet), whose self-scoring is still open. */
    private boolean untouched(ScoreRound round) {
        return round.open() && !LocalDate.now(clock).isAfter(round.selfDeadline()) && jdbc.sql("""
                        select count(*) from score_change ch join score_item i on i.id = ch.item_id
                        join score_assessment a on a.id = i.assessment_id
                        where a.round_id = ? and ch.stage in ('SELF', 'SURVEY')""")
                .param(round.id()).query(Long.class).single() == 0;
    }

    private String unitCode(Assessment a) {
        return directory.findById(a.unitId()).map(UnitRef::code).orElseThrow();
    }

    private String headOf(Assessment a) {
        UnitRef u = directory.findById(a.unitId()).orElseThrow();
        return (ScoringGroup.of(u.kind()).orElse(null) == ScoringGroup.COMMUNE ? "Chủ tịch UBND " : "Giám đốc ") + u.name();
    }

    /** Who self-scores for a unit in the demo: its own officer where there is a demo account, else the administrator. */
    private static String officerOf(String unitCode) {
        return switch (unitCode) {
            case "SO_TU_PHAP" -> "stp.cchc";
            case "SO_KHCN" -> "skhcn.cchc";
            case "SO_NOI_VU" -> "snv.cchc";
            default -> "admin";
        };
    }

    /** Area 2 (institutions) is appraised by Sở Tư pháp, the others by Sở Nội vụ. */
    private static String appraiserOf(String areaCode) {
        return "2".equals(areaCode) ? "thamdinh" : "snv.cchc";
    }

    private <T> T as(String username, java.util.function.Supplier<T> action) {
        UserDetails u = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void run(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** Reads a tab-separated demo set: code, name, max, kind, method, allowed, indicator, threshold, bands, evidence, guidance. */
    static List<CriterionInput> rows(String resource) {
        String text;
        try {
            text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CriterionInput> rows = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("\n")) {
            line++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] f = java.util.Arrays.copyOf(raw.split("\t", -1), 11);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i] == null ? "" : f[i].trim();
            }
            rows.add(new CriterionInput(line, f[0], f[1], ScoringTexts.parse(f[2]),
                    f[3].isEmpty() ? ItemKind.NORMAL : ItemKind.valueOf(f[3]),
                    f[4].isEmpty() ? Method.MANUAL : Method.valueOf(f[4]), CriteriaSets.blankToNull(f[5]),
                    CriteriaSets.blankToNull(f[6]), ScoringTexts.parse(f[7]), CriteriaSets.blankToNull(f[8]),
                    "x".equalsIgnoreCase(f[9]), CriteriaSets.blankToNull(f[10])));
        }
        return rows;
    }
}
