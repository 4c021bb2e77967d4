package vn.cchc.scoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitQuery;
import vn.cchc.directory.UnitRef;
import vn.cchc.vietnamese.VietnameseOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Totals, indices, ranks and bands. Ordinary points count against the applicable maximum (not-applicable items are
 * left out of both); bonus points (capped) are added and penalty points (capped) taken off; the index is
 * total / applicable maximum × 100. Ranks are within each unit group, by index, equal indices sharing a rank.
 */
@Service
@Transactional(readOnly = true)
class Results {

    public record AreaIndex(String code, String name, BigDecimal points, BigDecimal selfPoints, BigDecimal max,
                            BigDecimal index) {

        /** "Thể chế", "TTHC", "Đội ngũ CBCCVC": for columns and chart axes; the full name goes in a title. */
        public String shortName() {
            return AreaNames.shortName(name);
        }
    }

    public record UnitResult(UnitRef unit, long assessmentId, ScoringGroup group, String status, BigDecimal max,
                             BigDecimal selfTotal, BigDecimal selfIndex, BigDecimal bonus, BigDecimal penalty,
                             BigDecimal total, BigDecimal index, int rank, String band, List<AreaIndex> areas,
                             BigDecimal lastYearIndex, Integer lastYearRank) {

        public BigDecimal indexChange() {
            return lastYearIndex == null || index == null ? null : index.subtract(lastYearIndex);
        }

        public Integer rankChange() {
            return lastYearRank == null ? null : lastYearRank - rank;
        }

        /** The index of one area by its code, or null when the area does not apply to the unit. */
        public AreaIndex area(String code) {
            return areas.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
        }

        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final Directory directory;
    private final PublishedResults published;

    Results(ScoreRounds store, CriteriaSets sets, Directory directory, PublishedResults published) {
        this.store = store;
        this.sets = sets;
        this.directory = directory;
        this.published = published;
    }

    /** Results of every unit of the round, ranked within each group, with last year's published results. */
    List<UnitResult> of(long roundId) {
        ScoreRound round = store.requireRound(roundId);
        Map<Long, UnitResult> lastYear = new HashMap<>();
        store.publishedOf(round.year() - 1).filter(r -> r.id() != roundId)
                .ifPresent(r -> compute(r).forEach(u -> lastYear.put(u.unit().id(), u)));
        List<UnitResult> out = new ArrayList<>();
        for (UnitResult u : compute(round)) {
            UnitResult prev = lastYear.get(u.unit().id());
            out.add(prev == null ? u : new UnitResult(u.unit(), u.assessmentId(), u.group(), u.status(), u.max(),
                    u.selfTotal(), u.selfIndex(), u.bonus(), u.penalty(), u.total(), u.index(), u.rank(), u.band(),
                    u.areas(), prev.index(), prev.rank()));
        }
        return out;
    }

    Optional<UnitResult> ofAssessment(long assessmentId) {
        Assessment a = store.requireAssessment(assessmentId);
        return of(a.roundId()).stream().filter(u -> u.assessmentId() == assessmentId).findFirst();
    }

    /** A published round's results no longer change: computed once per node ({@link PublishedResults}). */
    private List<UnitResult> compute(ScoreRound round) {
        return round.published() ? published.get(round.id(), () -> computeNow(round)) : computeNow(round);
    }

    /** A fixed number of statements for the round whatever its number of units: units and items read in bulk. */
    private List<UnitResult> computeNow(ScoreRound round) {
        Map<ScoringGroup, List<Bands.Band>> bands = new LinkedHashMap<>();
        store.sets(round.id()).forEach(g -> bands.put(g.group(), Bands.parse(g.bands())));
        Map<Long, CriteriaTree> trees = new HashMap<>();
        Map<Long, ScoreSet> setById = new HashMap<>();
        List<UnitResult> raw = new ArrayList<>();
        List<Assessment> assessments = store.assessments(round.id());
        Map<Long, UnitRef> units = new HashMap<>();
        if (!assessments.isEmpty()) {
            directory.search(UnitQuery.all()).forEach(u -> units.put(u.id(), u.ref()));
        }
        Map<Long, List<ScoreItem>> itemsOfRound = store.itemsOfRound(round.id());
        for (Assessment a : assessments) {
            CriteriaTree tree = trees.computeIfAbsent(a.setId(), sets::tree);
            ScoreSet set = setById.computeIfAbsent(a.setId(), id -> sets.set(id).orElseThrow());
            UnitRef unit = units.get(a.unitId());
            Map<Long, ScoreItem> items = new HashMap<>();
            itemsOfRound.getOrDefault(a.id(), List.of()).forEach(i -> items.put(i.criterionId(), i));
            raw.add(unitResult(a, unit, set, tree, items, bands.get(set.group())));
        }
        List<UnitResult> ranked = new ArrayList<>();
        for (ScoringGroup g : ScoringGroup.values()) {
            List<UnitResult> group = raw.stream().filter(u -> u.group() == g)
                    .sorted(Comparator.comparing(UnitResult::index, Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(u -> u.unit().name(), VietnameseOrder.texts()))
                    .toList();
            int rank = 0;
            BigDecimal previous = null;
            for (int i = 0; i < group.size(); i++) {
                UnitResult u = group.get(i);
                if (previous == null || u.index() == null || u.index().compareTo(previous) != 0) {
                    rank = i + 1;
                }
                previous = u.index();
                ranked.add(new UnitResult(u.unit(), u.assessmentId(), u.group(), u.status(), u.max(), u.selfTotal(),
                        u.selfIndex(), u.bonus(), u.penalty(), u.total(), u.index(), rank, u.band(), u.areas(), null, null));
            }
        }
        return ranked;
    }

    static UnitResult unitResult(Assessment a, UnitRef unit, ScoreSet set, CriteriaTree tree, Map<Long, ScoreItem> items,
                                 List<Bands.Band> bands) {
        List<AreaIndex> areas = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal selfBonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        BigDecimal selfPenalty = BigDecimal.ZERO;
        for (CriteriaTree.Node area : tree.areas()) {
            BigDecimal areaMax = BigDecimal.ZERO;
            BigDecimal areaPoints = BigDecimal.ZERO;
            BigDecimal areaSelf = BigDecimal.ZERO;
            for (CriteriaTree.Node leaf : area.leaves()) {
                Criterion c = leaf.criterion();
                ScoreItem item = items.get(c.id());
                if (item == null || item.notApplicable()) {
                    continue;
                }
                BigDecimal fin = orZero(item.finalPoints());
                BigDecimal s = orZero(item.selfPoints());
                switch (c.kind()) {
                    case NORMAL -> {
                        areaMax = areaMax.add(c.maxPoints());
                        areaPoints = areaPoints.add(fin);
                        areaSelf = areaSelf.add(s);
                    }
                    case BONUS -> {
                        bonus = bonus.add(fin);
                        selfBonus = selfBonus.add(s);
                    }
                    case PENALTY -> {
                        penalty = penalty.add(fin);
                        selfPenalty = selfPenalty.add(s);
                    }
                }
            }
            if (areaMax.signum() > 0) {
                areas.add(new AreaIndex(area.criterion().code(), area.criterion().name(), areaPoints, areaSelf, areaMax,
                        index(areaPoints, areaMax)));
            }
            max = max.add(areaMax);
            points = points.add(areaPoints);
            self = self.add(areaSelf);
        }
        bonus = cap(bonus, set.bonusCap());
        selfBonus = cap(selfBonus, set.bonusCap());
        penalty = cap(penalty, set.penaltyCap());
        selfPenalty = cap(selfPenalty, set.penaltyCap());
        BigDecimal total = points.add(bonus).subtract(penalty).max(BigDecimal.ZERO);
        BigDecimal selfTotal = self.add(selfBonus).subtract(selfPenalty).max(BigDecimal.ZERO);
        BigDecimal index = index(total, max);
        return new UnitResult(unit, a.id(), set.group(), a.status(), max, selfTotal, index(selfTotal, max), bonus, penalty,
                total, index, 0, Bands.bandOf(bands, index), areas, null, null);
    }

    /** A cap of 0 means the set has no cap. */
    private static BigDecimal cap(BigDecimal value, BigDecimal cap) {
        return cap == null || cap.signum() == 0 ? value : value.min(cap);
    }

    static BigDecimal index(BigDecimal points, BigDecimal max) {
        return max.signum() == 0 ? null : points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
