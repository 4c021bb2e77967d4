package vn.cchc.plan;

import java.util.List;

/**
 * A plan was published, or published again with changes (the same document imported again unchanged publishes
 * nothing). Carries the units that lead or coordinate at least one of its tasks, so a listener can tell whom the
 * plan concerns without reading plan's tables.
 */
public record PlanPublished(long planId, Integer year, List<Long> leadUnitIds, List<Long> coordinatingUnitIds) {
}
