package vn.cchc.scoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scoring on the home page, per role: a unit's assessment in the open round, the rounds the standing agency
 * still has to finish (appraise, consolidate, publish), the latest published ranking for leaders.
 */
@Service
@Transactional(readOnly = true)
public class ScoringDashboard {

    static final int TOP = 3;

    private final ScoreRounds store;
    private final Results results;

    ScoringDashboard(ScoreRounds store, Results results) {
        this.store = store;
        this.results = results;
    }

    /** A unit's assessment in an open round: where its self-scoring stands and until when. */
    public record MyAssessment(long assessmentId, int year, String roundName, String status, LocalDate selfDeadline) {

        public boolean submitted() {
            return "SUBMITTED".equals(status);
        }
    }

    /** A round not yet published: how many units submitted, how many areas are finalised. */
    public record PendingRound(long roundId, int year, String name, String status, int units, int submitted,
                               int areas, int areasFinalised) {
    }

    /** One of the first-ranked units of a group. */
    public record Ranked(int rank, String unitName, ScoringGroup group, BigDecimal index, String band) {
    }

    public record Ranking(long roundId, int year, String name, int units, List<Ranked> top) {
    }

    /** The unit's assessment in the newest open round, if the unit takes part in one. */
    public Optional<MyAssessment> openAssessment(long unitId) {
        for (ScoreRound r : store.rounds()) {
            if (r.open()) {
                Optional<Assessment> a = store.assessmentOf(r.id(), unitId);
                if (a.isPresent()) {
                    return Optional.of(new MyAssessment(a.get().id(), r.year(), r.name(), a.get().status(),
                            a.get().selfDeadline(r)));
                }
            }
        }
        return Optional.empty();
    }

    /** Rounds open or consolidated, newest first. */
    public List<PendingRound> pendingRounds() {
        return store.rounds().stream().filter(r -> !r.published()).map(r -> {
            List<Assessment> all = store.assessments(r.id());
            List<ScoreRound.Area> areas = store.areas(r.id());
            return new PendingRound(r.id(), r.year(), r.name(), r.status(), all.size(),
                    (int) all.stream().filter(Assessment::submitted).count(), areas.size(),
                    (int) areas.stream().filter(ScoreRound.Area::finalised).count());
        }).toList();
    }

    /** The latest published round with the first {@value #TOP} units of each group. */
    public Optional<Ranking> latestRanking() {
        return store.published().stream().findFirst().map(r -> {
            List<Results.UnitResult> all = results.of(r.id());
            List<Ranked> top = all.stream().filter(u -> u.index() != null && u.rank() <= TOP)
                    .sorted(Comparator.comparing(Results.UnitResult::group).thenComparingInt(Results.UnitResult::rank)
                            .thenComparing(u -> u.unit().name()))
                    .map(u -> new Ranked(u.rank(), u.unit().name(), u.group(), u.index(), u.band()))
                    .toList();
            return new Ranking(r.id(), r.year(), r.name(), all.size(), top);
        });
    }
    /** A unit's place in the latest published round, and how it moved since the previous year's published round. */
    public record Standing(long roundId, int year, String roundName, BigDecimal index, int rank, String band,
                           BigDecimal indexChange, Integer rankChange) {
    }

    /**
     * The standing of each of these units in the latest published round that ranked it. Rounds are often per group
     * (departments one round, communes another), so the newest round alone would leave the other group's units
     * without their published result.
     */
    public java.util.Map<Long, Standing> standingsOf(java.util.Collection<Long> unitIds) {
        java.util.Map<Long, Standing> result = new java.util.HashMap<>();
        for (var r : store.published()) {
            if (result.size() == unitIds.size()) {
                break;
            }
            results.of(r.id()).stream()
                    .filter(u -> u.index() != null && unitIds.contains(u.unit().id()) && !result.containsKey(u.unit().id()))
                    .forEach(u -> result.put(u.unit().id(), new Standing(r.id(), r.year(), r.name(), u.index(), u.rank(),
                            u.band(), u.indexChange(), u.rankChange())));
        }
        return result;
    }
}
