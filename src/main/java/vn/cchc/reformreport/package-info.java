/**
 * Owns the periodic reform reports: the reporting regimes (quarter I, six months, quarter III, year) with their data
 * cut-off windows and due dates per level as data, ad hoc requests of the standing agency, each unit's reform report
 * drafted from the system's figures (statistical appendix and the five-part narrative outline), its submission,
 * return and acceptance with every submitted version kept, late-submission windows for closed periods, attachments,
 * the province report consolidated from the units' reports (Word in the Decree 30 layout, Excel appendix) and the
 * reporting-rate board. Figures come through {@link vn.cchc.reformreport.AppendixSource} beans: the built-in ones
 * (tasks, dossiers, indicators) are in the {@code sources} sub-package, other modules add their own.
 * A return or an acceptance is published ({@link vn.cchc.reformreport.ReformReportReturned},
 * {@link vn.cchc.reformreport.ReformReportAccepted}) for the unit's officers to be told.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "document", "dossier", "files", "indicator", "page", "plan", "security", "spreadsheet", "time", "vietnamese"})
package vn.cchc.reformreport;
