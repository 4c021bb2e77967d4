/**
 * Owns urging letters (công văn đôn đốc): the standing agency picks units from the overdue tasks of the follow-up
 * board or the owed reports of the reporting-rate board, and issues one official letter (Decree 30, Word and PDF
 * through {@link vn.cchc.document.OfficialFormat}) numbered "…/SNV-CCHC" in a per-year sequence, listing each unit's
 * overdue tasks or owed reports. The letter is stored with the units it went to and what it listed (tables
 * {@code urging_letter}, {@code urging_letter_unit}, {@code urging_letter_item}, {@code urging_sequence}); each unit's
 * officers get a notice; the history of urgings per unit is shown where units are picked and on the letters' pages
 * (/urging/new, /urging/letters).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "directory", "document", "indicator",
        "notification", "page", "plan", "security", "time", "vietnamese"})
package vn.cchc.urging;
