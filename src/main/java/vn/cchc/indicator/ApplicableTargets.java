package vn.cchc.indicator;

import vn.cchc.directory.UnitRef;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The targets of one year indexed once, so that a page of 2,100 units × 40 indicators looks each cell's target up
 * instead of scanning every target per cell. Gives the same answer as {@link Catalogue#applicable}: of the latest
 * year up to this one, the unit's own target, else its kind's, else the one for every unit.
 */
final class ApplicableTargets {

    private final Map<Long, Target> general = new HashMap<>();
    private final Map<Long, Map<String, Target>> byKind = new HashMap<>();
    private final Map<Long, Map<Long, Target>> byUnit = new HashMap<>();

    ApplicableTargets(List<Target> targets, int year) {
        for (Target t : targets) {
            if (t.year() > year) {
                continue;
            }
            if (t.unitId() != null) {
                byUnit.computeIfAbsent(t.indicatorId(), k -> new HashMap<>()).merge(t.unitId(), t, ApplicableTargets::later);
            } else if (t.unitKind() != null) {
                byKind.computeIfAbsent(t.indicatorId(), k -> new HashMap<>()).merge(t.unitKind(), t, ApplicableTargets::later);
            } else {
                general.merge(t.indicatorId(), t, ApplicableTargets::later);
            }
        }
    }

    /** The first one found stays on a tie, as {@code Stream.max} keeps it in {@link Catalogue#applicable}. */
    private static Target later(Target kept, Target other) {
        return other.year() > kept.year() ? other : kept;
    }

    /** unit null: the province. */
    Optional<Target> of(long indicatorId, UnitRef unit) {
        Target best = general.get(indicatorId);
        if (unit != null) {
            best = better(best, byKind.getOrDefault(indicatorId, Map.of()).get(unit.kind().name()));
            best = better(best, byUnit.getOrDefault(indicatorId, Map.of()).get(unit.id()));
        }
        return Optional.ofNullable(best);
    }

    /** A later year wins; in the same year the more specific one (candidates come from general to specific). */
    private static Target better(Target best, Target candidate) {
        if (candidate == null) {
            return best;
        }
        return best == null || candidate.year() >= best.year() ? candidate : best;
    }
}
