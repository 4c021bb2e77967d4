/**
 * Owns inspections (kiểm tra): the year's inspection plans with their teams, batches and target units, surprise
 * inspections, and the record of each inspection of a unit with its findings by reform area and its recommendations.
 * Recommendations are not tracked here: they become the tasks of a follow-up plan through
 * {@link vn.cchc.plan.FollowUpPlans}, so they are followed exactly like plan tasks. Gives the reports their counts
 * ({@link vn.cchc.inspection.InspectionCounts}, also in the units' reform report appendix through an
 * {@link vn.cchc.reformreport.AppendixSource}), feeds scoring items with the share of recommendations fixed on time
 * (a {@link vn.cchc.scoring.ScoreSource}) and writes the conclusion notice in Word and PDF.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "document", "page", "plan", "reformreport", "scoring", "security", "time", "vietnamese"})
package vn.cchc.inspection;
