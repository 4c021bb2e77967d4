package vn.cchc.directory;

import java.time.LocalDate;
import java.util.List;

/** Turns an agency phrase from a document cell into units and groups. */
public interface AgencyResolver {

    /**
     * @param phrase one cell or sentence naming one or several agencies
     * @param onDate the document's date: a unit must be valid then; a merged unit still resolves to itself
     * @return one item per agency named, in order; unresolved parts are kept with resolved() = false
     */
    List<ResolvedAgency> resolve(String phrase, LocalDate onDate);
}
