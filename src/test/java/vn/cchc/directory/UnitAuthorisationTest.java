package vn.cchc.directory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.directory.Workbooks.HEADER;
import static vn.cchc.directory.Workbooks.row;

class UnitAuthorisationTest extends CchcIntegrationTest {

    private static String officer;
    private static String standingAgency;
    private static String viewer;
    private static String administrator;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        viewer = accounts.create(Role.VIEWER, "VP_UBND");
        administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
    }

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Test
    void anOfficerCannotChangeAnotherUnitsContactThroughTheApi() throws Exception {
        mvc.perform(put("/api/v1/units/SO_NOI_VU/contact").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": \"0238 000 0000\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(phoneOf("SO_NOI_VU")).isNotEqualTo("0238 000 0000");
    }

    @Test
    void anOfficerCannotChangeAnotherUnitsContactThroughTheForm() throws Exception {
        mvc.perform(post("/units/SO_NOI_VU/contact").with(as(officer)).with(csrf()).param("phone", "0238 111 1111"))
                .andExpect(status().isForbidden());
        assertThat(phoneOf("SO_NOI_VU")).isNotEqualTo("0238 111 1111");
    }

    @Test
    void anOfficerChangesTheirOwnUnitsContactThroughTheApi() throws Exception {
        mvc.perform(put("/api/v1/units/SO_TU_PHAP/contact").with(httpBasic(officer, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\": \"0238 3844 123\", \"email\": \"stp@nghean.gov.vn\", "
                                + "\"address\": \"Số 2 Trường Thi, phường Thành Vinh\", \"headName\": \"Nguyễn Văn Hải\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.email").value("stp@nghean.gov.vn"));
        assertThat(phoneOf("SO_TU_PHAP")).isEqualTo("0238 3844 123");
    }

    @Test
    void anOfficerChangesTheirOwnUnitsContactThroughTheForm() throws Exception {
        mvc.perform(post("/units/SO_TU_PHAP/contact").with(as(officer)).with(csrf())
                        .param("phone", "0238 3844 999").param("email", "sotuphap@nghean.gov.vn"))
                .andExpect(redirectedUrl("/units/SO_TU_PHAP"));
        assertThat(phoneOf("SO_TU_PHAP")).isEqualTo("0238 3844 999");
    }

    @Test
    void aBadEmailIsRefusedWithAVietnameseMessage() throws Exception {
        mvc.perform(post("/units/SO_TU_PHAP/contact").with(as(officer)).with(csrf()).param("email", "khong-phai-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Địa chỉ thư điện tử không hợp lệ.")));
    }

    @Test
    void theStandingAgencyRenamesAUnitAndTheOldNameIsKept() throws Exception {
        importUnit("X_DOI_TEN", "Xã Đổi Tên Cũ");
        mvc.perform(post("/units/X_DOI_TEN/structure").with(as(standingAgency)).with(csrf())
                        .param("name", "Xã Đổi Tên Mới").param("kind", "COMMUNE").param("parentCode", "UBND_TINH")
                        .param("validFrom", "01/07/2025"))
                .andExpect(redirectedUrl("/units/X_DOI_TEN"));
        assertThat(jdbc.sql("select name from unit where code = 'X_DOI_TEN'").query(String.class).single())
                .isEqualTo("Xã Đổi Tên Mới");
        mvc.perform(get("/units/X_DOI_TEN").with(as(viewer)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Xã Đổi Tên Cũ")));
    }

    @Test
    void anAdministratorCreatesAUnitFromTheForm() throws Exception {
        mvc.perform(post("/units/new").with(as(administrator)).with(csrf())
                        .param("code", "TT_THU_NGHIEM").param("name", "Trung tâm Thử nghiệm").param("kind", "OTHER")
                        .param("parentCode", "SO_KHCN"))
                .andExpect(redirectedUrl("/units/TT_THU_NGHIEM"));
        assertThat(jdbc.sql("select p.code from unit u join unit p on p.id = u.parent_id where u.code = 'TT_THU_NGHIEM'")
                .query(String.class).single()).isEqualTo("SO_KHCN");
    }

    @Test
    void aUnitOfficerCannotChangeStructureEvenOfTheirOwnUnit() throws Exception {
        mvc.perform(post("/units/SO_TU_PHAP/structure").with(as(officer)).with(csrf())
                        .param("name", "Sở Tư pháp mới").param("kind", "DEPARTMENT").param("parentCode", "UBND_TINH"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from unit where code = 'SO_TU_PHAP'").query(String.class).single())
                .isEqualTo("Sở Tư pháp");
    }

    @Test
    void aUnitOfficerDoesNotSeeTheStructureForm() throws Exception {
        mvc.perform(get("/units/SO_TU_PHAP").with(as(officer)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("contact-form")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("structure-form"))));
    }

    private void importUnit(String code, String name) throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(row(code, name, "Xã", "UBND_TINH", "01/07/2025", null, null)));
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("mot-xa.xlsx", file))
                .with(httpBasic(administrator, PASSWORD))).andExpect(status().isOk());
    }

    private String phoneOf(String code) {
        return jdbc.sql("select phone from unit where code = ?").param(code).query(String.class).optional().orElse(null);
    }
}
