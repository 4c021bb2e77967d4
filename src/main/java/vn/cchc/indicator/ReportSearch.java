package vn.cchc.indicator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.search.SearchHit;
import vn.cchc.search.SearchKind;
import vn.cchc.search.SearchSource;
import vn.cchc.search.SearchTerms;
import vn.cchc.security.ReadableUnits;
import vn.cchc.security.UnitAccess;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indicator reports for the header's search, by their unit's name and their period's words ("so noi vu quy ii").
 * A draft or returned form is found only by those who may read it unsubmitted ({@link UnitAccess#canReadUnsubmitted}),
 * as the form page refuses the others; submitted and approved forms by every signed-in user, as the form page shows them.
 */
@Component
class ReportSearch implements SearchSource {

    private final JdbcClient jdbc;
    private final UnitAccess access;
    private final PeriodLabels labels;
    private final MessageSource messages;

    ReportSearch(JdbcClient jdbc, UnitAccess access, PeriodLabels labels, MessageSource messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.labels = labels;
        this.messages = messages;
    }

    /** The words a period's text can hold (V6_5's ind_period_words): every other word must be in the unit's name. */
    private static final Pattern PERIOD_WORD = Pattern.compile("quy|thang|nam|lan|i|ii|iii|iv|0?[1-9]|1[0-2]|20\\d\\d");

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchTerms terms, int limit) {
        // A report is found by its unit: the unit's words pick the few candidate units through the units' index
        // (V3_3) before each candidate's reports are checked against all the words; periods alone find nothing.
        Optional<String> unitWords = terms.tsQuery(w -> !PERIOD_WORD.matcher(w).matches());
        if (unitWords.isEmpty()) {
            return List.of();
        }
        ReadableUnits readable = access.readableUnsubmitted();
        return jdbc.sql("""
                        select u.code, u.name, r.period_key, r.status, ts_rank_cd(x.v, q) as rank
                        from unit u join ind_report r on r.unit_id = u.id, to_tsquery('simple', ?) q,
                             lateral (select to_tsvector('simple', u.search_key || ' ' || ind_period_words(r.period_key)) as v) x
                        where to_tsvector('simple', u.search_key) @@ to_tsquery('simple', ?) and x.v @@ q
                          and (r.status in ('SUBMITTED', 'APPROVED') or ? or r.unit_id = any(?))
                        order by rank desc, r.period_key desc, u.name limit ?""")
                .params(terms.tsQuery(), unitWords.get(), readable.all(),
                        new SqlArrayValue("bigint", readable.ids().toArray()), limit)
                .query((rs, n) -> new SearchHit(SearchKind.REPORT,
                        rs.getString("name") + " · " + labels.label(rs.getString("period_key")),
                        messages.getMessage("indicator.status." + rs.getString("status"), null, LocaleContextHolder.getLocale()),
                        "/indicators/reports/" + rs.getString("code") + "/" + rs.getString("period_key"), rs.getDouble("rank")))
                .list();
    }
}
