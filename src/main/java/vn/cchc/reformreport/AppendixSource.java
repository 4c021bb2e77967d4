package vn.cchc.reformreport;

import java.util.List;

/**
 * The port through which a module puts its figures into a unit's reform report: a Spring bean that answers, for one
 * unit and one reporting window, the rows of the statistical appendix it knows. Rows are shown in the order of the
 * beans ({@code @Order}) and then as returned; a row's {@link AppendixRow#code()} must be unique across all sources
 * and stable over time (the province report sums the units' rows by code). A source with nothing to say for the unit
 * returns an empty list. Called in the drafting transaction (read-only), once per unit report drawn up.
 *
 * <p>Built in: tasks by reform area (plan), dossiers (dossier), indicator values and targets met (indicator).
 * Inspections and findings fixed, propaganda outputs by kind, surveys and feedback come from their modules' beans.
 */
public interface AppendixSource {

    List<AppendixRow> rows(long unitId, ReportWindow window);
}
