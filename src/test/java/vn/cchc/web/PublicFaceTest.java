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
class PublicFaceTest extends CchcIntegrationTest {

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
