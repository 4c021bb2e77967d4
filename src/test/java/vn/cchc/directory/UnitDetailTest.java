package vn.cchc.directory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UnitDetailTest extends CchcIntegrationTest {

    private static String viewer;
    private static String officer;
    private static String leader;
    private static String administrator;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        viewer = accounts.create(Role.VIEWER, "VP_UBND");
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        leader = accounts.create(Role.LEADER, "UBND_TINH", "SO_NOI_VU", "SO_TU_PHAP", "SO_KHCN", "SO_TAI_CHINH");
        administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
    }

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Test
    void theFormerInformationDepartmentLinksToItsSuccessor() throws Exception {
        mvc.perform(get("/units/SO_TTTT").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Sở Thông tin và Truyền thông"),
                        containsString("href=\"/units/SO_KHCN\""),
                        containsString("Sở Khoa học và Công nghệ"),
                        containsString("28/02/2025"))));
    }

    @Test
    void theSuccessorListsTheUnitsThatMergedIntoIt() throws Exception {
        mvc.perform(get("/api/v1/units/SO_KHCN").with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.predecessorCodes", hasItem("SO_TTTT")))
                .andExpect(jsonPath("$.childCodes", hasItem("VP_SO_KHCN")))
                .andExpect(jsonPath("$.parentCode").value("UBND_TINH"));
    }

    @Test
    void anUnknownCodeIsAProblemInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/units/X_ABC").with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị mã 'X_ABC'"));
    }

    @Test
    void myUnitOpensTheSignedInOfficersUnit() throws Exception {
        mvc.perform(get("/units/mine").with(as(officer)))
                .andExpect(redirectedUrl("/units/SO_TU_PHAP"));
    }

    @Test
    void aLeaderSeesTheUnitsTheyFollow() throws Exception {
        mvc.perform(get("/units/followed").with(as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở Tư pháp"), containsString("Sở Tài chính"))));
    }

    @Test
    void theResolverTurnsADocumentPhraseIntoUnits() throws Exception {
        mvc.perform(get("/api/v1/units/resolve").param("phrase", "Sở TT&TT").param("date", "2024-05-01")
                        .with(httpBasic(viewer, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unit.code").value("SO_TTTT"));
    }

    @Test
    void anAdministratorSeesTheLinkToTheUnitsAuditHistory() throws Exception {
        long id = jdbc.sql("select id from unit where code = 'SO_NOI_VU'").query(Long.class).single();
        mvc.perform(get("/units/SO_NOI_VU").with(as(administrator)))
                .andExpect(content().string(containsString("/admin/audit?entityType=unit&amp;entityId=" + id)));
    }

    @Test
    void theUnitApiIsInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/api/v1/units/{code}/contact"),
                        containsString("Cập nhật thông tin liên hệ"))));
    }
}
