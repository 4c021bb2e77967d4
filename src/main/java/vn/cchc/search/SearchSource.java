package vn.cchc.search;

import java.util.List;

/**
 * A module's answer to a search: at most {@code limit} hits, best first, only of what the signed-in reader may
 * read. The source matches {@link SearchTerms#tsQuery()} with {@code to_tsquery('simple', ?)} against a
 * {@code to_tsvector('simple', cchc_fold(...))} of its own columns, so it can index the same expression.
 */
public interface SearchSource {

    List<SearchHit> search(SearchTerms terms, int limit);
}
