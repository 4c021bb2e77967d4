package vn.cchc.web;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Paged pages answer page 10.000 with a Vietnamese message and a page of a million rows with a capped page. */
@UsesDemoData("the demo accounts")
class BoundedPagesTest extends CchcIntegrationTest {

    @Test
    void pageTenThousandOfTheBoardsTasksIsAnsweredWithAVietnameseMessage() throws Exception {
        mvc.perform(get("/plans/board/rows").param("list", "OVERDUE").param("page", "10000").with(as("snv.cchc")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không có trang “10000”")))
                .andExpect(content().string(containsString("từ trang 1 đến trang 200")));
    }

    @Test
    void aPageOfAMillionUnitsIsServedAsAPageOfAHundred() throws Exception {
        long departments = jdbc.sql("""
                        select count(*) from unit where kind = 'DEPARTMENT'
                          and (valid_from is null or valid_from <= current_date) and (valid_to is null or valid_to >= current_date)""")
                .query(Long.class).single();
        String html = mvc.perform(get("/units/branches").param("kind", "DEPARTMENT").param("size", "1000000")
                        .with(as("xem")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher links = Pattern.compile("class=\"py-1 unit-node").matcher(html);
        int shown = 0;
        while (links.find()) {
            shown++;
        }
        assertThat(shown).isPositive().isLessThanOrEqualTo(100).isEqualTo((int) Math.min(100, departments));
    }

    @Test
    void pageTenThousandOfThePublicRankingIsRefused() throws Exception {
        mvc.perform(get("/public/scoring/1/rows").param("group", "COMMUNE").param("page", "10000"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theUnitsApiAnswersPageTenThousandWithAProblemInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/units").param("page", "10000")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("xem", vn.cchc.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(containsString("Không có trang “10000”")));
    }

    @Test
    void theUnitsApiServesAMillionAsAPageOfAHundredAndLinksTheNext() throws Exception {
        mvc.perform(get("/api/v1/units").param("size", "1000000")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("xem", vn.cchc.demo.DemoAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(100))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Link", containsString("page=2")));
    }

    @Test
    void pageTenThousandOfTheAuditTrailIsRefusedInsteadOfSkippingHalfAMillionEntries() throws Exception {
        mvc.perform(get("/admin/audit").param("page", "10000").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("từ trang 1 đến trang 200")));
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String page(String url, String user, String... params) throws Exception {
        var request = get(url).with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void refusedInVietnamese(String url, String user, String... params) throws Exception {
        var request = get(url).with(as(user)).param("page", "10000");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không có trang “10000”")))
                .andExpect(content().string(containsString("từ trang 1 đến trang 200")));
    }

    @Test
    void pageTenThousandOfTheScorecardIsAnsweredWithAVietnameseMessage() throws Exception {
        refusedInVietnamese("/indicators/scorecard", "snv.cchc");
    }

    @Test
    void aScorecardPageOfTenShowsTenUnitsAndTheNextPageTheFollowingOnes() throws Exception {
        String first = page("/indicators/scorecard", "snv.cchc", "size", "10");
        String second = page("/indicators/scorecard", "snv.cchc", "size", "10", "page", "2");
        assertThat(count(first, "href=\"/indicators/units/(?!TINH)")).isEqualTo(10);
        assertThat(first).contains("page=2");
        Matcher units = Pattern.compile("href=\"/indicators/units/(?!TINH)([A-Z0-9_]+)").matcher(first);
        while (units.find()) {
            assertThat(second).doesNotContain("href=\"/indicators/units/" + units.group(1) + "?");
        }
    }

    @Test
    void pageTenThousandOfTheReportingBoardIsAnsweredWithAVietnameseMessage() throws Exception {
        refusedInVietnamese("/indicators/board", "snv.cchc");
    }

    @Test
    void aReportingBoardPageOfAMillionLinesShowsAHundredAndCountsEveryUnit() throws Exception {
        String html = page("/indicators/board", "snv.cchc", "size", "1000000");
        assertThat(count(html, "<tr id=\"board-")).isEqualTo(100);
        Matcher expected = Pattern.compile("id=\"board-expected\">([0-9.]+)<").matcher(html);
        assertThat(expected.find()).isTrue();
        assertThat(Integer.parseInt(expected.group(1).replace(".", ""))).as("every unit counted").isGreaterThan(100);
    }

    @Test
    void theReportingBoardShowsOnlyTheLinesOfTheChosenStatus() throws Exception {
        String period = jdbc.sql("""
                        select period_key from ind_report where status = 'APPROVED' and period_key like '%-Q%'
                        group by period_key order by count(*) desc, period_key limit 1""").query(String.class).single();
        long approved = jdbc.sql("select count(*) from ind_report where status = 'APPROVED' and period_key = ?")
                .param(period).query(Long.class).single();
        String html = page("/indicators/board", "snv.cchc", "period", period, "status", "APPROVED");
        assertThat(count(html, "<tr id=\"board-")).isEqualTo((int) Math.min(50, approved));
        assertThat(count(html, "<span class=\"badge status-APPROVED\"")).isEqualTo(count(html, "<tr id=\"board-"));
    }

    @Test
    void pageTenThousandOfTheUserListIsAnsweredWithAVietnameseMessage() throws Exception {
        refusedInVietnamese("/admin/users", "admin");
    }

    @Test
    @Transactional
    void aUserListPageOfAMillionShowsAHundredAccounts() throws Exception {
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, password_hash)
                        select 'thu.' || g, 'Người Dùng Thử ' || g, (select id from unit where code = 'SO_TU_PHAP'), 'x'
                        from generate_series(1, 150) g""").update();
        String html = page("/admin/users", "admin", "size", "1000000");
        assertThat(count(html, "href=\"/admin/users/\\d+\"")).isEqualTo(100);
    }

    @Test
    void theUserListGoesOnOnItsNextPage() throws Exception {
        String first = page("/admin/users", "admin", "size", "2");
        String second = page("/admin/users", "admin", "size", "2", "page", "2");
        assertThat(count(first, "href=\"/admin/users/\\d+\"")).isEqualTo(2);
        assertThat(first).contains("page=2");
        Matcher a = Pattern.compile("href=\"/admin/users/(\\d+)\"").matcher(first);
        while (a.find()) {
            assertThat(second).doesNotContain("href=\"/admin/users/" + a.group(1) + "\"");
        }
    }

    @Test
    void pageTenThousandOfThePlanListIsAnsweredWithAVietnameseMessage() throws Exception {
        refusedInVietnamese("/plans", "snv.cchc");
    }

    @Test
    @Transactional
    void aPlanListPageOfAMillionShowsAHundredPlans() throws Exception {
        jdbc.sql("""
                        insert into plan (identity_key, title, year, status)
                        select 'thu-nghiem-' || g, 'Kế hoạch thử nghiệm ' || g, 2026, 'ISSUED' from generate_series(1, 150) g""")
                .update();
        String html = page("/plans", "snv.cchc", "size", "1000000");
        assertThat(count(html, "href=\"/plans/\\d+\"")).isEqualTo(100);
    }

    @Test
    void thePlanListShowsTwoPlansAPageWhenAskedForTwo() throws Exception {
        String html = page("/plans", "snv.cchc", "size", "2");
        assertThat(count(html, "href=\"/plans/\\d+\"")).isEqualTo(2);
        assertThat(html).contains("page=2");
    }

    @Test
    void pageTenThousandOfTheUnitSearchIsAnsweredWithAVietnameseMessage() throws Exception {
        refusedInVietnamese("/units/search", "xem", "q", "xa");
    }

    @Test
    void aUnitSearchPageOfAMillionShowsAHundredMatchesAndOffersTheNextPage() throws Exception {
        long communes = jdbc.sql("""
                        select count(*) from unit u where (u.search_key like '%xa%' or lower(u.code) like '%xa%'
                              or exists (select 1 from unit_alias a where a.unit_id = u.id and a.search_key like '%xa%'))
                          and (valid_from is null or valid_from <= current_date) and (valid_to is null or valid_to >= current_date)""")
                .query(Long.class).single();
        String html = page("/units/search", "xem", "q", "xa", "size", "1000000");
        assertThat(count(html, "class=\"py-1 unit-node")).isEqualTo((int) Math.min(100, communes));
        assertThat(communes).as("the demo has more than a hundred communes").isGreaterThan(100);
        assertThat(html).contains("page=2");
    }
}
