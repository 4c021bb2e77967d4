package vn.cchc.leader;

import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.IndicatorDashboard.UnitReporting;
import vn.cchc.plan.PlanDashboard.UnitFigures;
import vn.cchc.scoring.ScoringDashboard.Standing;

/** One row of the leader's view: a followed unit and what its modules say of it; standing is null if unranked. */
record FollowedUnit(UnitRef unit, UnitFigures tasks, UnitReporting reporting, Standing standing) {
}
