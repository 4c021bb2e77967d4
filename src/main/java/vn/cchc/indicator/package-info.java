/**
 * Owns indicators and targets: the catalogue (including the Decision 766 service index as data), targets per
 * year and unit kind or unit, reporting periods with due dates and locks, the per-unit reporting forms with
 * their submit / approve / return workflow, the reporting-rate board, achievement against targets (heatmap,
 * trends, the 766 scorecard) and Excel export. Values computed elsewhere arrive through
 * {@link vn.cchc.indicator.IndicatorSource} beans (the dossier module is one).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "page", "scoring", "search", "security", "spreadsheet", "time", "vietnamese"})
package vn.cchc.indicator;
