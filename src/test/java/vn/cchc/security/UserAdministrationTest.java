package vn.cchc.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

class UserAdministrationTest extends CchcIntegrationTest {

    private static String administrator;
    private static String officer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
    }

    @Test
    void anAdministratorCreatesAnOfficerAndTheCreationIsAudited() throws Exception {
        long unitId = jdbc.sql("select id from unit where code = 'SO_TU_PHAP'").query(Long.class).single();
        mvc.perform(post("/admin/users/new").with(as(administrator)).with(csrf())
                        .param("username", "stp.moi").param("fullName", "Đặng Thu Hà")
                        .param("unitId", String.valueOf(unitId)).param("roles", "UNIT_OFFICER")
                        .param("enabled", "true").param("password", "Matkhau2026"))
                .andExpect(status().is3xxRedirection());
        String after = jdbc.sql("select after_value::text from audit_entry where entity_type = 'user' and action = 'CREATE' "
                + "and after_value->>'username' = 'stp.moi'").query(String.class).single();
        assertThat(after).contains("Đặng Thu Hà").contains("SO_TU_PHAP").doesNotContain("Matkhau2026").doesNotContain("bcrypt");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRuleItBreaks() throws Exception {
        long unitId = jdbc.sql("select id from unit where code = 'SO_TU_PHAP'").query(Long.class).single();
        mvc.perform(post("/admin/users/new").with(as(administrator)).with(csrf())
                        .param("username", "yeu.qua").param("fullName", "Mật khẩu yếu")
                        .param("unitId", String.valueOf(unitId)).param("roles", "VIEWER").param("password", "123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'yeu.qua'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void theUserListFindsAUnitsOfficersByTheUnitsNameTypedWithoutDiacritics() throws Exception {
        String html = mvc.perform(get("/admin/users").param("q", "so tu phap").with(as(administrator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(">" + officer + "<").doesNotContain(">" + administrator + "<");
    }

    @Test
    void aUnitOfficerCannotOpenUserAdministration() throws Exception {
        mvc.perform(get("/admin/users").with(as(officer))).andExpect(status().isForbidden());
    }

    @Test
    void aUnitOfficerCannotCreateUsersByPostingTheForm() throws Exception {
        mvc.perform(post("/admin/users/new").with(as(officer)).with(csrf())
                        .param("username", "tu.tao").param("fullName", "Tự tạo").param("unitId", "1")
                        .param("roles", "ADMIN").param("password", "Matkhau2026"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from app_user where username = 'tu.tao'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void theHomePageShowsTheCardsOfTheUsersRole() throws Exception {
        mvc.perform(get("/").with(as(administrator)))
                .andExpect(content().string(containsString("Nhật ký thao tác")));
        mvc.perform(get("/").with(as(officer)))
                .andExpect(content().string(containsString("Đơn vị của tôi")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tạo tài khoản, phân quyền"))));
    }
}
