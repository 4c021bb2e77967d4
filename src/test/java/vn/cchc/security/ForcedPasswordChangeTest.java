package vn.cchc.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator forces a reset: after the next sign-in every page leads to the password change until it is done. */
class ForcedPasswordChangeTest extends CchcIntegrationTest {

    private static final String NEW_PASSWORD = "Songlam2026doimoi";

    @Autowired
    ApplicationContext context;

    private String forcedOfficer() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        String administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
        String officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long id = jdbc.sql("select id from app_user where username = ?").param(officer).query(Long.class).single();
        mvc.perform(post("/admin/users/{id}/force-password-change", id).with(as(administrator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return officer;
    }

    @Test
    void aForcedUserIsSentToThePasswordChangeFromEveryPage() throws Exception {
        HttpClient client = signedInClient(forcedOfficer(), TestAccounts.PASSWORD);

        for (String page : new String[]{"/", "/plans", "/notifications"}) {
            HttpResponse<String> response = fetch(client, page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(page).endsWith("/account?mustChange");
        }
        assertThat(fetch(client, "/account?mustChange").body()).contains("id=\"must-change\"");
    }

    @Test
    void afterChangingThePasswordTheUserWorksAsUsualAndIsNotAskedAgain() throws Exception {
        String officer = forcedOfficer();
        HttpClient client = signedInClient(officer, TestAccounts.PASSWORD);

        HttpResponse<String> changed = changePassword(client);

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(fetch(client, "/").statusCode()).isEqualTo(200);
        assertThat(fetch(signedInClient(officer, NEW_PASSWORD), "/").statusCode()).isEqualTo(200);
    }

    @Test
    void forcingTwiceIsAuditedOnce() throws Exception {
        String officer = forcedOfficer();
        long id = jdbc.sql("select id from app_user where username = ?").param(officer).query(Long.class).single();
        String administrator = new TestAccounts(context).create(Role.ADMIN, "SO_NOI_VU");

        mvc.perform(post("/admin/users/{id}/force-password-change", id).with(as(administrator)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'user' and entity_id = ? and summary like ?")
                .params(String.valueOf(id), "Buộc đổi mật khẩu%").query(Long.class).single()).isEqualTo(1);
    }

    private HttpResponse<String> changePassword(HttpClient client) throws Exception {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(fetch(client, "/account").body());
        assertThat(csrf.find()).isTrue();
        String form = "current=" + TestAccounts.PASSWORD + "&replacement=" + NEW_PASSWORD + "&confirmation="
                + NEW_PASSWORD + "&_csrf=" + csrf.group(1);
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/account/password"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
