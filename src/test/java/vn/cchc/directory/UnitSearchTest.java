package vn.cchc.directory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UnitSearchTest extends CchcIntegrationTest {

    private static String viewer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        viewer = accounts.create(Role.VIEWER, "VP_UBND");
    }

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Test
    void theLiveSearchIgnoresDiacriticsAndCase() throws Exception {
        mvc.perform(get("/units/search").param("q", "SO noi vu").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở Nội vụ")))
                .andExpect(content().string(not(containsString("Sở Tư pháp"))));
    }

    @Test
    void aTypoStillFindsTheUnitByTrigramSimilarity() throws Exception {
        mvc.perform(get("/api/v1/units").param("q", "so noi vuu").with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("SO_NOI_VU")));
    }

    @Test
    void theSearchFindsAUnitByOneOfItsAliases() throws Exception {
        // "Cơ quan Thường trực công tác cải cách hành chính của tỉnh" is an alias of Sở Nội vụ
        mvc.perform(get("/api/v1/units").param("q", "co quan thuong truc cong tac").with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("SO_NOI_VU")));
    }

    @Test
    void formerUnitsAreHiddenUnlessAskedFor() throws Exception {
        mvc.perform(get("/api/v1/units").param("q", "thong tin truyen thong").with(httpBasic(viewer, PASSWORD)))
                .andExpect(jsonPath("$[*].code", not(hasItem("SO_TTTT"))));
        mvc.perform(get("/api/v1/units").param("q", "thong tin truyen thong").param("includeFormer", "true")
                        .with(httpBasic(viewer, PASSWORD)))
                .andExpect(jsonPath("$[*].code", hasItem("SO_TTTT")));
    }

    @Test
    void aDateShowsTheUnitsThatExistedThen() throws Exception {
        mvc.perform(get("/api/v1/units").param("kind", "FORMER_DISTRICT").param("validOn", "2024-06-01")
                        .with(httpBasic(viewer, PASSWORD)))
                .andExpect(jsonPath("$.length()").value(21))
                .andExpect(jsonPath("$[*].code", hasItem("H_CUA_LO")));
    }

    @Test
    void theTreeGroupsUnitsByKindWithVietnameseHeadings() throws Exception {
        mvc.perform(get("/units").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sở, ban, ngành")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")));
    }
}
