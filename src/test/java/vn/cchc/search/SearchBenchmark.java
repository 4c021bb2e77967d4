package vn.cchc.search;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The search page at today's size and at ten times it, in one run (not part of {@code verify}: the name does not end in
 * Test). {@code ./mvnw -o verify -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Everything the
 * benchmark adds is rolled back. Prints min/median/max of {@link #RUNS} timed requests per term and size, after warm-up.
 */
@UsesDemoData("the demo accounts and plans, copied nine more times")
class SearchBenchmark extends CchcIntegrationTest {

    private static final int RUNS = 15;
    private static final List<String> TERMS = List.of("ke hoach cchc 2025", "so noi vu quy ii", "so hoa ho so", "xa thu nghiem 1234");

    @Test
    @Transactional
    void searchAtTodaysSizeAndAtTenTimes() throws Exception {
        Map<String, String> today = measureAll();
        String sizeToday = sizes();
        tenTimesTheData();
        String sizeLarge = sizes();
        Map<String, String> large = measureAll();
        String perSource = perSource();
        jdbc.sql("set local enable_bitmapscan = off").update();
        Map<String, String> noIndex = measureAll();
        StringBuilder out = new StringBuilder("\nSEARCH BENCHMARK (ms per request: min / median / max of " + RUNS + ")\n");
        out.append("today: ").append(sizeToday).append("\n10x:   ").append(sizeLarge).append('\n');
        for (String term : TERMS) {
            out.append(String.format("%-22s today %-20s 10x %-20s 10x without index scans %s%n",
                    '"' + term + '"', today.get(term), large.get(term), noIndex.get(term)));
        }
        out.append("10x, per source (min / median / max):\n").append(perSource);
        System.out.println(out);
        assertThat(large).hasSize(TERMS.size());
    }

    @org.springframework.beans.factory.annotation.Autowired
    private List<SearchSource> sources;

    private String perSource() {
        StringBuilder out = new StringBuilder();
        for (String term : TERMS) {
            SearchTerms terms = SearchTerms.of(term, w -> List.of()).orElseThrow();
            for (SearchSource source : sources) {
                double[] ms = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    source.search(terms, 10);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(ms);
                out.append(String.format("  %-22s %-14s %.1f / %.1f / %.1f%n", '"' + term + '"',
                        source.getClass().getSimpleName().replaceAll("\\$.*", ""), ms[0], ms[RUNS / 2], ms[RUNS - 1]));
            }
        }
        return out.toString();
    }

    private String sizes() {
        return jdbc.sql("""
                select (select count(*) from unit) || ' units, ' || (select count(*) from plan) || ' plans, '
                    || (select count(*) from plan_task) || ' tasks, ' || (select count(*) from ind_report) || ' reports, '
                    || (select count(*) from task_evidence) || ' evidence files'""").query(String.class).single();
    }

    private Map<String, String> measureAll() throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String term : TERMS) {
            for (int i = 0; i < 3; i++) {
                request(term);
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                request(term);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            figures.put(term, String.format("%.1f / %.1f / %.1f", ms[0], ms[RUNS / 2], ms[RUNS - 1]));
        }
        return figures;
    }

    private void request(String term) throws Exception {
        String html = mvc.perform(get("/search").param("q", term).with(as("stp.cchc"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("</html>");
    }

    /** Nine copies of every plan with its tasks, progress and evidence; 2,000 more communes with four quarterly reports each. */
    private void tenTimesTheData() {
        jdbc.sql("""
                insert into unit (code, name, kind, search_key)
                select 'XA_THU_' || g, 'Xã Thử Nghiệm ' || g, 'COMMUNE', 'xa thu nghiem ' || g from generate_series(1, 2000) g""").update();
        jdbc.sql("""
                insert into ind_report (unit_id, period_key, period_type, due_on, status)
                select u.id, '2025-Q' || q, 'QUARTER', date '2025-12-31', case when q < 4 then 'APPROVED' else 'SUBMITTED' end
                from unit u cross join generate_series(1, 4) q where u.code like 'XA_THU_%'""").update();
        List<Long> plans = new ArrayList<>(jdbc.sql("select id from plan").query(Long.class).list());
        for (int copy = 1; copy <= 9; copy++) {
            for (long plan : plans) {
                long id = jdbc.sql("""
                                insert into plan (identity_key, doc_number, title, issuer, year, theme, status, owner_unit_id)
                                select identity_key || '-copy-' || ?, doc_number, title, issuer, year, theme, status, owner_unit_id
                                from plan where id = ? returning id""").params(copy, plan).query(Long.class).single();
                jdbc.sql("""
                        insert into plan_task (plan_id, task_key, position, section, number, content, area)
                        select ?, task_key, position, section, number, content, area from plan_task
                        where plan_id = ? and parent_task_id is null""").params(id, plan).update();
                jdbc.sql("""
                        insert into task_progress (task_id, kind, author, author_unit_id, review)
                        select c.id, 'UPDATE', 'bench', p.author_unit_id, p.review
                        from task_progress p join plan_task t on t.id = p.task_id
                        join plan_task c on c.plan_id = ? and c.task_key = t.task_key where t.plan_id = ?""").params(id, plan).update();
                jdbc.sql("""
                        insert into task_evidence (progress_id, filename, content_type, size_bytes, sha256, content)
                        select np.id, e.filename, e.content_type, e.size_bytes, e.sha256, e.content
                        from task_evidence e join task_progress p on p.id = e.progress_id join plan_task t on t.id = p.task_id
                        join plan_task c on c.plan_id = ? and c.task_key = t.task_key
                        join lateral (select id from task_progress where task_id = c.id and author = 'bench' limit 1) np on true
                        where t.plan_id = ?""").params(id, plan).update();
            }
        }
        jdbc.sql("analyze").update();
    }
}
