package vn.cchc.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the running server (real Tomcat, real error dispatch) answers a refused form post and a request parameter
 * that is not of its type: the right status and a Vietnamese page, never a 405 or a 500.
 */
class ErrorResponsesTest extends CchcIntegrationTest {

    private static String viewer;
    private static String standingAgency;
    private static String administrator;
    private static String officer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        viewer = accounts.create(Role.VIEWER, "VP_UBND");
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
    }

    @Test
    void aRefusedFormPostAnswers403WithTheVietnamesePage() throws Exception {
        HttpClient client = signedInClient(viewer, TestAccounts.PASSWORD);
        long officerId = jdbc.sql("select id from app_user where username = ?").param(officer).query(Long.class).single();
        HttpResponse<String> response = post(client, "/admin/users/" + officerId + "/unlock", "_csrf=" + csrfToken(client));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Allow")).isEmpty();
        assertThat(response.body()).contains("Không có quyền truy cập");
    }

    @Test
    void anUnknownTaskStateOnTheBoardAnswers400WithTheVietnamesePage() throws Exception {
        HttpResponse<String> response = fetch(signedInClient(standingAgency, TestAccounts.PASSWORD), "/plans/board?state=x");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Dữ liệu không hợp lệ").contains("state");
    }

    @Test
    void anUnknownAuditActionAnswers400WithTheVietnamesePage() throws Exception {
        HttpResponse<String> response = fetch(signedInClient(administrator, TestAccounts.PASSWORD), "/admin/audit?action=XOA_HET");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Dữ liệu không hợp lệ").contains("action");
    }

    @Test
    void aPageNumberInWordsAnswers400WithTheVietnamesePage() throws Exception {
        HttpResponse<String> response = fetch(signedInClient(administrator, TestAccounts.PASSWORD), "/admin/audit?page=mot");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Dữ liệu không hợp lệ").contains("page");
    }

    @Test
    void anImpossibleDateAnswers400WithTheVietnamesePage() throws Exception {
        HttpResponse<String> response = fetch(signedInClient(administrator, TestAccounts.PASSWORD), "/admin/audit?from=31/02/2026");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Dữ liệu không hợp lệ").contains("from");
    }

    @Test
    void aBadNumberInAnApiPathAnswers400WithAVietnameseProblem() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String basic = java.util.Base64.getEncoder().encodeToString(
                (administrator + ":" + TestAccounts.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/scoring/items/mot/self"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Dữ liệu không hợp lệ");
    }

    private String csrfToken(HttpClient client) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(fetch(client, "/account").body());
        assertThat(m.find()).as("a CSRF token on /account").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
