package vn.cchc.web;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a citizen sees without an account: the landing page, the shared public header, the way in from the sign-in page. */
@vn.cchc.UsesDemoData("the demo's published scoring round")
class PublicFaceTest extends CchcIntegrationTest {

    @Test
    void aUnitsPublishedResultOpensAreaByAreaWithTheSameIndexAsTheRanking() throws Exception {
        long round = jdbc.sql("select id from score_round where status = 'PUBLISHED' order by id limit 1").query(Long.class).single();
        String ranking = mvc.perform(get("/public/scoring/" + round)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                "(?s)<tr data-unit=\"([A-Z_0-9]+)\">\\s*<td>\\d+</td>\\s*<td><a href=\"(/public/scoring/\\d+/units/[A-Z_0-9]+)\">[^<]+</a></td>"
                        + "\\s*<td class=\"text-end\">[^<]+</td>\\s*<td class=\"text-end\">([^<]+)</td>").matcher(ranking);
        org.assertj.core.api.Assertions.assertThat(row.find()).as("a ranked unit with a link to its detail").isTrue();
        String detail = mvc.perform(get(row.group(2))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(detail).contains("id=\"public-nav\"").contains(">" + row.group(3) + "<")
                .containsPattern("<tr data-area=\"[^\"]+\">");
    }

    @Test
    void aCitizenWithoutAnAccountReachesTheLandingPageWithEveryPublicService() throws Exception {
        mvc.perform(get("/public"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Người dân, doanh nghiệp cùng cải cách hành chính"),
                        containsString("href=\"/public/survey\""), containsString("href=\"/public/feedback\""),
                        containsString("href=\"/public/feedback/track\""), containsString("href=\"/public/feedback/answers\""),
                        containsString("href=\"/public/scoring\""))));
    }

    @Test
    void theSignInPageLeadsCitizensToThePublicPages() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/public\" id=\"login-public\"")));
    }

    @Test
    void thePublicRankingHasThePublicHeaderAndNotTheOfficersMenu() throws Exception {
        mvc.perform(get("/public/scoring"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"public-nav\""), not(containsString("id=\"mainNav\"")))));
    }
}
