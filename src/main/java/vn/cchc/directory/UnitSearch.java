package vn.cchc.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.search.SearchHit;
import vn.cchc.search.SearchKind;
import vn.cchc.search.SearchSource;
import vn.cchc.search.SearchTerms;
import vn.cchc.search.WordExpansions;

import java.util.List;

/**
 * Units for the header's search, public to every signed-in user, matched on the stored {@code search_key} (already
 * folded and with abbreviations spelt out, see {@link SearchKey}) through the full-text index of V3_3.
 * Also tells the search which abbreviations stand for which words, the same ones the keys were built with.
 */
@Component
class UnitSearch implements SearchSource, WordExpansions {

    private final JdbcClient jdbc;

    UnitSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> expand(String foldedWord) {
        return SearchKey.expansion(foldedWord);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchTerms terms, int limit) {
        return jdbc.sql("""
                        select u.code, u.name, u.short_name, ts_rank_cd(to_tsvector('simple', u.search_key), q) as rank
                        from unit u, to_tsquery('simple', ?) q
                        where to_tsvector('simple', u.search_key) @@ q
                        order by rank desc, u.valid_to desc nulls first, u.name limit ?""")
                .params(terms.tsQuery(), limit)
                .query((rs, n) -> new SearchHit(SearchKind.UNIT, rs.getString("name"),
                        rs.getString("short_name") == null ? rs.getString("code") : rs.getString("short_name") + " · " + rs.getString("code"),
                        "/units/" + rs.getString("code"), rs.getDouble("rank")))
                .list();
    }
}
