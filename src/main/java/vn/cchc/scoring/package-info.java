/**
 * Owns the reform index of the province's own units (Chỉ số CCHC): criteria sets per year and unit group
 * (versioned trees of areas, criteria and sub-criteria), scoring rounds with self-assessment, evidence,
 * appraisal per area, explanation, consolidation and publication, results, rankings, charts and exports.
 * Computed items read task completion and indicator values through {@link vn.cchc.scoring.ScoreSource},
 * which the plan and indicator modules implement; scoring depends on neither.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "document", "files", "page", "security", "spreadsheet", "time", "vietnamese"})
package vn.cchc.scoring;
