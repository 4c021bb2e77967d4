package vn.cchc.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.demo.DemoAccounts;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@UsesDemoData("the demo accounts")
class SignInTest extends CchcIntegrationTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aDemoOfficerSignsInWithTheDocumentedPassword() throws Exception {
        mvc.perform(formLogin().user("stp.cchc").password(DemoAccounts.PASSWORD))
                .andExpect(authenticated().withUsername("stp.cchc"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAVietnameseReason() throws Exception {
        mvc.perform(formLogin().user("xem").password("sai-mat-khau"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Tên đăng nhập hoặc mật khẩu không đúng.")));
        jdbc.sql("delete from sign_in_throttle where address = '127.0.0.1'").update();
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2");
        assertThat(encoder.matches(DemoAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void pagesRequireSignIn() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf().useInvalidToken())
                        .param("username", "khong.csrf").param("fullName", "Mã CSRF giả"))
                .andExpect(status().isForbidden());
        assertThat(administration.findByUsername("khong.csrf")).isEmpty();
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")));
    }

    @Test
    void theApiAnswersAnUnauthenticatedCallWithAVietnameseProblem() throws Exception {
        mvc.perform(get("/api/v1/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("Cần xác thực")));
    }
}
