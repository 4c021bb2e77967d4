/**
 * Owns dossier statistics: ingest of dossier records (CSV, JSON lines and .xlsx, streamed through PostgreSQL COPY; channels and statuses as codes or Vietnamese labels;
 * all-or-nothing per file, idempotent by dossier code; a unit officer's file touches only their unit's dossiers),
 * the history of every stored dossier a file changed (before and after, with who sent which file), pre-aggregated
 * tables per unit, field and month kept current by the ingest transaction, the procedure catalogue (browsed by everyone,
 * changed by the standing agency on its screen or by an Excel import, all or nothing, each change audited), the computed indicators (published to the indicator module as an
 * {@link vn.cchc.indicator.IndicatorSource}), lists of late and overdue dossiers, and the benchmark command.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "command", "directory", "indicator", "page", "security", "spreadsheet", "vietnamese"})
package vn.cchc.dossier;
