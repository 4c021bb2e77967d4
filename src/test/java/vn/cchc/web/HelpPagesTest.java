package vn.cchc.web;

import org.junit.jupiter.api.Test;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@UsesDemoData("the demo accounts")
class HelpPagesTest extends CchcIntegrationTest {

    @Test
    void everyScreenLinksToHelpInTheHeader() throws Exception {
        for (String page : new String[] {"/", "/my-tasks", "/plans", "/scoring", "/search?q=so+noi+vu"}) {
            String html = mvc.perform(get(page).with(as("stp.cchc"))).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("id=\"nav-help\"").contains("href=\"/help\"");
        }
    }

    @Test
    void theHelpLinkOpensTheGuideOfTheReadersRole() throws Exception {
        mvc.perform(get("/help").with(as("stp.cchc"))).andExpect(redirectedUrl("/help/unit-officer"));
        mvc.perform(get("/help").with(as("snv.cchc"))).andExpect(redirectedUrl("/help/standing-agency"));
    }

    @Test
    void theUnitOfficersGuideStatesTheRulesOfProgressAndReportForms() throws Exception {
        String html = mvc.perform(get("/help/unit-officer").with(as("stp.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("chỉ được gia hạn một lần").contains("tối đa 20 MB").contains("1.200,5");
    }

    @Test
    void aRoleThatDoesNotExistHasNoGuide() throws Exception {
        mvc.perform(get("/help/chu-tich").with(as("stp.cchc"))).andExpect(status().isNotFound());
    }
}
