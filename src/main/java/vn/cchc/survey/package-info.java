/**
 * Owns satisfaction surveys: questionnaires as versioned data (SIPAS of Decision 1001/QĐ-BNV and the province's survey
 * for the reform index; a version is frozen once it has a response), campaigns with their target units and samples,
 * collection by one-time codes (only their hashes stored, printed as slips with a QR code), a kiosk at the counter and
 * paper forms typed in twice; anonymous responses (no code, no officer, the day only); the indices by a replaceable
 * rule ({@link vn.cchc.survey.IndexRule}), the public results page and the Excel export. Feeds the satisfaction
 * indicator through {@link vn.cchc.indicator.IndicatorSource} and the survey items of a scoring round through
 * {@link vn.cchc.scoring.ScoreSource}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "document", "dossier", "indicator", "page",
        "scoring", "security", "spreadsheet", "vietnamese"})
package vn.cchc.survey;
