package vn.cchc.plan;

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

import java.util.ArrayList;
import java.util.List;

/**
 * Plans, tasks and evidence files for the header's search, over the indexes of V5_8 (the expressions below must stay
 * the indexed ones). A unit's draft plan and its tasks are found only by that unit, its leaders and the standing
 * agency, as the plan lists leave drafts out; an evidence file only by the units that may read the post it belongs
 * to, unless the standing agency has confirmed that post.
 */
@Component
class PlanSearch implements SearchSource {

    private static final String PLAN_TEXT = "to_tsvector('simple', translate(cchc_fold(coalesce(p.doc_number, '') || ' '"
            + " || coalesce(p.title, '') || ' ' || coalesce(p.theme, '')), '/._-', '    '))";
    private static final String TASK_TEXT = "to_tsvector('simple', translate(cchc_fold(coalesce(t.number, '') || ' '"
            + " || t.content), '/._-', '    '))";
    private static final String FILE_TEXT = "to_tsvector('simple', translate(cchc_fold(e.filename), '/._-', '    '))";
    private static final String PLAN_READABLE = "(p.status <> 'DRAFT' or ? or p.owner_unit_id = any(?))";

    private final JdbcClient jdbc;
    private final UnitAccess access;

    PlanSearch(JdbcClient jdbc, UnitAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> search(SearchTerms terms, int limit) {
        ReadableUnits readable = access.readableUnsubmitted();
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(jdbc.sql("select p.id, p.doc_number, p.title, p.year, p.issuer, ts_rank_cd(" + PLAN_TEXT + ", q) as rank"
                        + " from plan p, to_tsquery('simple', ?) q where " + PLAN_TEXT + " @@ q and " + PLAN_READABLE
                        + " order by rank desc, p.year desc nulls last, p.id desc limit ?")
                .params(terms.tsQuery(), readable.all(), units(readable), limit)
                .query((rs, n) -> new SearchHit(SearchKind.PLAN,
                        join(rs.getString("doc_number"), rs.getString("title")), rs.getString("issuer"),
                        "/plans/" + rs.getLong("id"), rs.getDouble("rank")))
                .list());
        hits.addAll(jdbc.sql("select t.id, t.number, t.content, p.doc_number, p.title, ts_rank_cd(" + TASK_TEXT + ", q) as rank"
                        + " from plan_task t join plan p on p.id = t.plan_id, to_tsquery('simple', ?) q"
                        + " where " + TASK_TEXT + " @@ q and " + PLAN_READABLE
                        + " order by rank desc, p.year desc nulls last, t.plan_id desc, t.position limit ?")
                .params(terms.tsQuery(), readable.all(), units(readable), limit)
                .query((rs, n) -> new SearchHit(SearchKind.TASK, shorten(join(rs.getString("number"), rs.getString("content"))),
                        join(rs.getString("doc_number"), rs.getString("title")),
                        "/plans/tasks/" + rs.getLong("id"), rs.getDouble("rank")))
                .list());
        hits.addAll(jdbc.sql("select e.filename, t.id as task_id, t.number, p.doc_number, ts_rank_cd(" + FILE_TEXT + ", q) as rank"
                        + " from task_evidence e join task_progress g on g.id = e.progress_id join plan_task t on t.id = g.task_id"
                        + " join plan p on p.id = t.plan_id, to_tsquery('simple', ?) q"
                        + " where " + FILE_TEXT + " @@ q and " + PLAN_READABLE
                        + " and (g.review = 'CONFIRMED' or ? or coalesce(g.for_unit_id, g.author_unit_id) = any(?))"
                        + " order by rank desc, e.id desc limit ?")
                .params(terms.tsQuery(), readable.all(), units(readable), readable.all(), units(readable), limit)
                .query((rs, n) -> new SearchHit(SearchKind.DOCUMENT, rs.getString("filename"),
                        join(rs.getString("number"), rs.getString("doc_number")),
                        "/plans/tasks/" + rs.getLong("task_id"), rs.getDouble("rank")))
                .list());
        return hits;
    }

    private static SqlArrayValue units(ReadableUnits readable) {
        return new SqlArrayValue("bigint", readable.ids().toArray());
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "" : second;
        }
        return second == null || second.isBlank() ? first : first + " · " + second;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
