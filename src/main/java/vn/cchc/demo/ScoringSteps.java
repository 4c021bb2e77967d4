package vn.cchc.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.scoring.Appraisals;
import vn.cchc.scoring.Assessment;
import vn.cchc.scoring.CriteriaSets;
import vn.cchc.scoring.CriteriaTree;
import vn.cchc.scoring.Criterion;
import vn.cchc.scoring.CriterionInput;
import vn.cchc.scoring.ItemKind;
import vn.cchc.scoring.Method;
import vn.cchc.scoring.ScoreRounds;
import vn.cchc.scoring.Rounds;
import vn.cchc.scoring.ScoreItem;
import vn.cchc.scoring.ScoreRound;
import vn.cchc.scoring.ScoringAccess;
import vn.cchc.scoring.ScoringGroup;
import vn.cchc.scoring.SelfAssessments;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of a scoring round as the demo's people take them, each through the scoring services as the person whose
 * step it is: criteria sets, survey points, self-assessment, appraisal. {@link DemoScoring} decides which steps run
 * when.
 */
@Component
@Profile("demo")
class ScoringSteps {

    static final String MARK = "[Dữ liệu mẫu] ";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final List<String> UNITS = List.of("SO_NOI_VU", "SO_TU_PHAP", "SO_KHCN", "SO_TAI_CHINH", "SO_Y_TE",
            "X_HUNG_TAY", "X_ANH_SON", "X_YEN_XUAN");

    private static final String[] REASONS = {
            "Tài liệu kiểm chứng chưa thể hiện đầy đủ kết quả thực hiện; trừ điểm theo hướng dẫn chấm.",
            "Báo cáo gửi chậm so với thời hạn quy định; chỉ đạt mức thực hiện chậm.",
            "Số liệu tự chấm chưa khớp với số liệu trên Hệ thống thông tin giải quyết TTHC của tỉnh.",
            "Kế hoạch ban hành sau ngày 31/12 năm trước; chấm theo mức ban hành chậm."};

    private final JdbcClient jdbc;
    private final CriteriaSets sets;
    private final Rounds rounds;
    private final SelfAssessments self;
    private final Appraisals appraisals;
    private final ScoreRounds store;
    private final Directory directory;
    private final ScoringAccess access;
    private final Actors actors;

    ScoringSteps(JdbcClient jdbc, CriteriaSets sets, Rounds rounds, SelfAssessments self, Appraisals appraisals,
                 ScoreRounds store, Directory directory, ScoringAccess access, Actors actors) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.rounds = rounds;
        this.self = self;
        this.appraisals = appraisals;
        this.store = store;
        this.directory = directory;
        this.access = access;
        this.actors = actors;
    }

    long createSet(int year, ScoringGroup group, Long copiedFrom) {
        String resource = group == ScoringGroup.DEPARTMENT ? "demo/scoring/demo-2025-department.tsv"
                : "demo/scoring/demo-2025-commune.tsv";
        String name = group == ScoringGroup.DEPARTMENT ? "Bộ tiêu chí xác định Chỉ số CCHC các sở, ban, ngành năm "
                : "Bộ tiêu chí xác định Chỉ số CCHC các xã, phường năm ";
        return actors.as("snv.cchc", () -> sets.create(new CriterionInput.Header(year, group, MARK + name + year, null,
                new BigDecimal("2"), new BigDecimal("3")), SampleScores.rows(resource), true, true, copiedFrom));
    }

    /** Opens the year's round for the demo units, as the standing agency, with its three deadlines. */
    long open(int year, Map<ScoringGroup, Long> sets, LocalDate self, LocalDate appraisal, LocalDate explanation) {
        List<Long> units = new ArrayList<>();
        for (String code : UNITS) {
            directory.findByCode(code).map(UnitRef::id).ifPresent(units::add);
        }
        Map<String, Long> appraisers = new LinkedHashMap<>();
        for (int area = 1; area <= 9; area++) {
            appraisers.put(String.valueOf(area), directory.idOf(area == 2 ? "SO_TU_PHAP" : "SO_NOI_VU"));
        }
        return actors.as("snv.cchc", () -> rounds.open(new Rounds.RoundForm(year, MARK + "Xác định Chỉ số CCHC năm " + year,
                sets, Map.of(), units, self, appraisal, explanation, appraisers, true)));
    }

    /** Survey points (điều tra xã hội học), entered by the standing agency. */
    void survey(List<Assessment> all, int year, Map<String, Double> levels) {
        actors.run("snv.cchc", () -> {
            for (Assessment a : all) {
                CriteriaTree tree = sets.tree(a.setId());
                double level = levels.getOrDefault(unitCode(a), 0.8);
                for (ScoreItem item : store.items(a.id())) {
                    Criterion c = tree.node(item.criterionId()).criterion();
                    if (c.method() == Method.SURVEY) {
                        rounds.enterSurvey(item.id(), VietnameseNumbers.formatExact(SampleScores.points(c, level, unitCode(a), year)),
                                MARK + "Kết quả điều tra xã hội học năm " + year);
                    }
                }
            }
        });
    }

    /**
     * Self-scores a unit's items (only the first {@code areas} areas when given), with notes where the criterion
     * asks for evidence, and the plan as evidence of 1.1.1 when the unit will submit. A few items are scored above
     * what the appraiser will give: their ids are returned.
     */
    List<Long> selfScore(Assessment a, int year, double level, Integer areas, boolean willSubmit) {
        String code = unitCode(a);
        CriteriaTree tree = sets.tree(a.setId());
        List<Long> above = new ArrayList<>();
        actors.run(officerOf(code), () -> {
            for (ScoreItem item : store.items(a.id())) {
                Criterion c = tree.node(item.criterionId()).criterion();
                if (c.method() == Method.SURVEY || item.notApplicable()
                        || (areas != null && Integer.parseInt(tree.node(item.criterionId()).areaCode()) > areas)) {
                    continue;
                }
                BigDecimal target = SampleScores.points(c, level, code, year);
                BigDecimal up = c.kind() == ItemKind.NORMAL && !c.computed() && SampleScores.hash(code, c.code(), year) % 12 == 0
                        ? SampleScores.above(c, target) : null;
                BigDecimal claimed = up == null ? target : up;
                if (up != null) {
                    above.add(item.id());
                }
                boolean computedWithData = c.computed() && item.selfPoints() != null;
                String note = c.evidenceRequired() || up != null
                        ? MARK + "Đơn vị tự chấm theo kết quả thực hiện năm " + year : null;
                String explanation = c.evidenceRequired() ? MARK + "Văn bản lưu tại bộ phận văn thư của đơn vị" : null;
                List<SelfAssessments.Upload> files = c.code().equals("1.1.1") && willSubmit
                        ? List.of(new SelfAssessments.Upload("ke-hoach-cchc-" + year + ".pdf", PDF)) : List.of();
                self.score(item.id(), computedWithData ? null : VietnameseNumbers.formatExact(claimed), note,
                        files.isEmpty() ? explanation : null, files);
            }
        });
        return above;
    }

    void submit(Assessment a) {
        actors.run(officerOf(unitCode(a)), () -> self.submit(a.id(), headOf(a), true));
    }

    /**
     * Appraises the assessments: lowers the items scored above their level, with a reason, then accepts the rest
     * (every area: in one step per area; otherwise areas 1 to 3, item by item). Sở Tư pháp lowers item 2.3 of
     * {@code askedOf} and asks for an explanation; that item's id is returned.
     */
    Long appraiseAll(long roundId, List<Assessment> all, List<Long> lowered, boolean everyArea, int year,
                     Map<String, Double> levels, String askedOf) {
        Long[] explained = {null};
        // Nobody appraises their own unit: after the two appraising departments, the standing agency and a leader who
        // follows Sở Nội vụ appraise what the appraisers may not (Sở Tư pháp's area 2, Sở Nội vụ's other areas).
        for (String appraiser : List.of("snv.cchc", "thamdinh", "lanhdao")) {
            actors.run(appraiser, () -> {
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
                        boolean ask = explained[0] == null && c.code().equals("2.3") && code.equals(askedOf);
                        if (ask) {
                            BigDecimal less = item.selfPoints().subtract(BigDecimal.ONE).max(BigDecimal.ZERO);
                            appraisals.appraise(item.id(), VietnameseNumbers.formatExact(less), MARK + "Chưa thấy báo cáo theo dõi tình hình "
                                            + "thi hành pháp luật năm " + year + " gửi Sở Tư pháp.",
                                    MARK + "Đề nghị đơn vị cung cấp báo cáo theo dõi thi hành pháp luật năm " + year
                                            + " và văn bản gửi Sở Tư pháp.");
                            explained[0] = item.id();
                        } else if (lowered.contains(item.id())) {
                            appraisals.appraise(item.id(), VietnameseNumbers.formatExact(
                                            SampleScores.points(c, levels.get(code), code, year)),
                                    MARK + REASONS[SampleScores.hash(code, c.code(), year) % REASONS.length], null);
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

    // ---- lookups

    Optional<ScoreRound> demoRound(int year) {
        return jdbc.sql("select id from score_round where demo and year = ? order by id limit 1").param(year)
                .query(Long.class).optional().map(store::requireRound);
    }

    Optional<Long> sampleSet(int year, ScoringGroup group) {
        return jdbc.sql("select id from score_set where sample and year = ? and unit_group = ? order by version limit 1")
                .params(year, group.name()).query(Long.class).optional();
    }

    /** An open round no unit has started on (no self-score, no survey point yet), whose self-scoring is still open. */
    boolean untouched(ScoreRound round, LocalDate today) {
        return round.open() && !today.isAfter(round.selfDeadline()) && jdbc.sql("""
                        select count(*) from score_change ch join score_item i on i.id = ch.item_id
                        join score_assessment a on a.id = i.assessment_id
                        where a.round_id = ? and ch.stage in ('SELF', 'SURVEY')""")
                .param(round.id()).query(Long.class).single() == 0;
    }

    String unitCode(Assessment a) {
        return directory.findById(a.unitId()).map(UnitRef::code).orElseThrow();
    }

    private String headOf(Assessment a) {
        UnitRef u = directory.findById(a.unitId()).orElseThrow();
        return (ScoringGroup.of(u.kind()).orElse(null) == ScoringGroup.COMMUNE ? "Chủ tịch UBND " : "Giám đốc ") + u.name();
    }

    /** Who self-scores for a unit in the demo: its own officer where there is a demo account, else the administrator. */
    static String officerOf(String unitCode) {
        return switch (unitCode) {
            case "SO_TU_PHAP" -> "stp.cchc";
            case "SO_KHCN" -> "skhcn.cchc";
            case "SO_NOI_VU" -> "snv.cchc";
            default -> "admin";
        };
    }

    /** Area 2 (institutions) is appraised by Sở Tư pháp, the others by Sở Nội vụ. */
    static String appraiserOf(String areaCode) {
        return "2".equals(areaCode) ? "thamdinh" : "snv.cchc";
    }
}
