package vn.cchc.web;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The address bar's icon is the province's, served to anyone: a browser asking for /favicon.ico finds it. */
class FaviconTest extends CchcIntegrationTest {

    @Test
    void aBrowserAskingForFaviconIcoWithoutSigningInGetsAnIcon() throws Exception {
        byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(icon).startsWith(0, 0, 1, 0);
    }

    @Test
    void theIconIsCachedLikeTheStylesheet() throws Exception {
        String stylesheet = mvc.perform(get("/css/cchc.css")).andReturn().getResponse().getHeader("Cache-Control");

        mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo(stylesheet));
        mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo(stylesheet));
    }

    @Test
    void theCitizensPagesLinkTheIconFromTheSharedHead() throws Exception {
        mvc.perform(get("/public")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/images/favicon.svg\">")));
    }
}
