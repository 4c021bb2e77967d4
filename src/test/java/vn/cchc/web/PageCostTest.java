package vn.cchc.web;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.StatementCount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What a page costs does not grow with the province: each main page runs the same number of SQL statements with the
 * demo's 211 units as with 2,000 more (added in this test's transaction, rolled back after it; MockMvc serves the
 * request on the test's thread, so the pages see them; the leader follows 40 of them), and its HTML stays under 150 KB.
 */
@UsesDemoData("the demo units, plans and accounts")
@Transactional
class PageCostTest extends CchcIntegrationTest {

    private static final int MAX_HTML_BYTES = 150 * 1024;
    private static final int GENERATED_UNITS = 2000;

    @Autowired
    List<Cache> caches;

    /** Cached figures computed from this test's uncommitted rows must not outlive it. */
    @AfterEach
    void forgetCachedFigures() {
        caches.forEach(Cache::clear);
    }

    private record Cost(int statements, int bytes) {
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
    private String outletAccount;

    /** An account of Báo Nghệ An, in the test's transaction like everything this test writes. */
    private String outletAccount() {
        if (outletAccount == null) {
            outletAccount = new vn.cchc.security.TestAccounts(context).create(vn.cchc.security.Role.OUTLET, "BAO_PTTH");
            jdbc.sql("""
                            insert into propaganda_outlet_account (user_id, outlet_id, linked_by)
                            select u.id, o.id, 'kiem.thu' from app_user u, propaganda_outlet o
                            where u.username = ? and o.code = 'BAO_NGHE_AN'""").param(outletAccount).update();
        }
        return outletAccount;
    }

    private Map<String, Cost> costs() throws Exception {
        long round = jdbc.sql("select id from score_round where status = 'PUBLISHED' order by id limit 1")
                .query(Long.class).single();
        long plan = jdbc.sql("select id from plan where status = 'ISSUED' order by id limit 1").query(Long.class).single();
        Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
        pages.put("board", get("/plans/board").with(as("snv.cchc")));
        pages.put("board, communes opened", get("/plans/board/units").param("kind", "COMMUNE").with(as("snv.cchc")));
        pages.put("heatmap", get("/indicators/heatmap").with(as("snv.cchc")));
        pages.put("heatmap, communes opened", get("/indicators/heatmap/rows").param("kind", "COMMUNE").with(as("snv.cchc")));
        pages.put("units", get("/units").with(as("xem")));
        pages.put("units, communes opened", get("/units/branches").param("kind", "COMMUNE").with(as("xem")));
        pages.put("public results", get("/public/scoring/" + round));
        pages.put("plan page", get("/plans/" + plan).with(as("snv.cchc")));
        pages.put("plan page, a section opened", get("/plans/" + plan + "/tasks").param("section", "II").with(as("snv.cchc")));
        pages.put("leader's home", get("/").with(as("lanhdao")));
        pages.put("leader's followed units", get("/leader/units").with(as("lanhdao")));
        pages.put("reform reports board", get("/reform-reports/board").param("period", "2025-QUARTER_I").with(as("snv.cchc")));
        pages.put("urging picker, overdue tasks", get("/urging/new").with(as("snv.cchc")));
        pages.put("urging picker, owed reports", get("/urging/new").param("source", "REPORTS").param("period", "2025-Q2")
                .with(as("snv.cchc")));
        pages.put("urging letters", get("/urging/letters").with(as("snv.cchc")));
        pages.put("search", get("/search").param("q", "xa thu nghiem").with(as("stp.cchc")));
        pages.put("escalations", get("/reminders/escalations").with(as("snv.cchc")));
        pages.put("late-submission requests", get("/indicators/late-requests").with(as("snv.cchc")));
        pages.put("standing agency's owed cards", get("/reminders/home").with(as("snv.cchc")));
        pages.put("inspections", get("/inspections").with(as("snv.cchc")));
        pages.put("propaganda", get("/propaganda").with(as("snv.cchc")));
        pages.put("meetings", get("/meetings").with(as("snv.cchc")));
        pages.put("inspection plans", get("/inspections/plans").with(as("snv.cchc")));
        pages.put("inspection record form", get("/inspections/new").with(as("snv.cchc")));
        pages.put("meeting form", get("/meetings/new").with(as("snv.cchc")));
        pages.put("inspection plan form", get("/inspections/plans/new").with(as("snv.cchc")));
        pages.put("inspection forms' unit picker, \"xa thu\"", get("/inspections/unit-picks").param("field", "unitCode")
                .param("q", "xa thu").with(as("snv.cchc")));
        pages.put("procedure catalogue", get("/procedures").param("q", "cap giay").with(as("stp.cchc")));
        pages.put("an outlet's own list", get("/propaganda/outlet").with(as(outletAccount())));
        pages.put("scorecard", get("/indicators/scorecard").with(as("snv.cchc")));
        pages.put("indicator reporting board", get("/indicators/board").with(as("snv.cchc")));
        pages.put("user list", get("/admin/users").with(as("admin")));
        pages.put("plan list", get("/plans").with(as("snv.cchc")));
        pages.put("unit search, \"xa\"", get("/units/search").param("q", "xa").with(as("xem")));
        pages.put("units API", get("/api/v1/units").with(httpBasic("xem", vn.cchc.demo.DemoAccounts.PASSWORD)));
        pages.put("plan page's cascade search, \"xa thu\"", get("/plans/" + plan + "/cascade-units").param("q", "xa thu")
                .with(as("snv.cchc")));
        pages.put("feedback cases", get("/feedback").with(as("snv.cchc")));
        pages.put("published feedback answers", get("/public/feedback/answers"));
        pages.put("feedback figures", get("/feedback/statistics").with(as("snv.cchc")));
        long survey = jdbc.sql("select id from survey_campaign order by id limit 1").query(Long.class).single();
        pages.put("survey campaign", get("/survey/campaigns/" + survey).with(as("snv.cchc")));
        pages.put("survey public results", get("/public/survey/results"));
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
            // once to warm what a node reads once in its life (whether pg_trgm exists…), then counted from cold caches
            mvc.perform(page.getValue());
            caches.forEach(Cache::clear);
            StatementCount.Counted<org.springframework.mock.web.MockHttpServletResponse> answered =
                    StatementCount.during(() -> mvc.perform(page.getValue()).andReturn().getResponse());
            assertThat(answered.result().getStatus()).as(page.getKey()).isEqualTo(200);
            StatementCount.Counted<String> counted = new StatementCount.Counted<>(
                    answered.result().getContentAsString(), answered.statements());
            assertThat(counted.result()).as(page.getKey()).containsAnyOf("</", "\"code\"");
            costs.put(page.getKey(), new Cost(counted.statements(), counted.result().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        }
        return costs;
    }

    /** 2,000 communes, each leading three published tasks and assessed in the published round. */
    private void aProvinceTenTimesLarger() {
        int units = jdbc.sql("""
                        insert into unit (code, name, kind, search_key)
                        select 'XA_THU_' || g, 'Xã Thử Nghiệm ' || g, 'COMMUNE', 'xa thu nghiem ' || g
                        from generate_series(1, ?) g""")
                .param(GENERATED_UNITS).update();
        assertThat(units).isEqualTo(GENERATED_UNITS);
        jdbc.sql("""
                        insert into plan_task_assignee (task_id, role, unit_id, source)
                        select t.id, 'LEAD', u.id, 'PICKED' from unit u cross join lateral (
                            select t.id from plan_task t join plan p on p.id = t.plan_id where p.status = 'ISSUED'
                            order by t.id offset u.id % 40 limit 3) t
                        where u.code like 'XA_THU_%'""").update();
        jdbc.sql("""
                        insert into score_assessment (round_id, unit_id, set_id, status)
                        select r.round_id, u.id, r.set_id, 'SUBMITTED'
                        from unit u cross join score_round_set r
                        where u.code like 'XA_THU_%' and r.unit_group = 'COMMUNE'
                          and r.round_id = (select min(id) from score_round where status = 'PUBLISHED')""").update();
        // the leader follows 40 of them too: the home and the followed units must not read per followed unit
        jdbc.sql("""
                        insert into app_user_followed_unit (user_id, unit_id)
                        select (select id from app_user where username = 'lanhdao'), u.id
                        from unit u where u.code like 'XA_THU_%' order by u.id limit 40""").update();
    }

    @Test
    void everyMainPageRunsAsManyStatementsWithTenTimesTheUnitsAndStaysUnder150KB() throws Exception {
        Map<String, Cost> demo = costs();
        aProvinceTenTimesLarger();
        assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single()).isGreaterThan(2100);
        Map<String, Cost> large = costs();
        System.out.println("Page costs, demo → 2,000 more units: " + demo + " → " + large);
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        demo.forEach((page, cost) -> {
            soft.assertThat(large.get(page).statements()).as("statements of %s: %s with the demo, %s with 2,000 more units",
                    page, cost.statements(), large.get(page).statements()).isEqualTo(cost.statements());
            soft.assertThat(large.get(page).bytes()).as("HTML of %s at 2,100 units", page).isLessThan(MAX_HTML_BYTES);
        });
        soft.assertAll();
    }
}
