package vn.cchc.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.cchc.CchcIntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Forwarded headers are believed only from the configured reverse proxy (10.0.0.5 in the test profile, none by
 * default). The real server is reached from 127.0.0.1, a stranger; MockMvc plays the proxy by setting the peer address.
 */
class ForwardedHeadersTest extends CchcIntegrationTest {

    private static String officer;
    private static String viewer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        viewer = accounts.create(Role.VIEWER, "VP_UBND");
    }

    private static final String PROXY = "10.0.0.5";

    @Test
    void aForgedForwardedForFromAStrangerIsNotTheAuditedAddress() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(contactUpdate("0238 3844 101")
                .header("X-Forwarded-For", "6.6.6.6").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(lastUnitAuditAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void aForgedForwardedHostFromAStrangerDoesNotMoveTheLoginRedirect() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/units"))
                .header("X-Forwarded-Host", "lua-dao.example").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .doesNotContain("lua-dao.example").endsWith("/login");
    }

    @Test
    void theConfiguredProxysForwardedForIsTheAuditedAddress() throws Exception {
        mvc.perform(put("/api/v1/units/SO_TU_PHAP/contact").contentType("application/json")
                        .content("{\"phone\": \"0238 3844 102\"}").with(httpBasic(officer, TestAccounts.PASSWORD))
                        .with(peer(PROXY)).header("X-Forwarded-For", "203.113.131.7"))
                .andReturn();
        assertThat(lastUnitAuditAddress()).isEqualTo("203.113.131.7");
    }

    @Test
    void theConfiguredProxysForwardedHostMovesTheLoginRedirect() throws Exception {
        MvcResult result = mvc.perform(get("/units").with(peer(PROXY))
                .header("X-Forwarded-Host", "cchc.nghean.gov.vn").header("X-Forwarded-Proto", "https")).andReturn();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("https://cchc.nghean.gov.vn/login");
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheRequestCameOverTls() throws Exception {
        MvcResult result = mvc.perform(signIn(viewer)
                .with(peer(PROXY)).header("X-Forwarded-Proto", "https")).andReturn();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION=") && c.contains("Secure"));
    }

    @Test
    void theSessionCookieIsNotSecureWhenAStrangerClaimsTls() throws Exception {
        MvcResult result = mvc.perform(signIn(viewer)
                .with(peer("192.0.2.44")).header("X-Forwarded-Proto", "https")).andReturn();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION="))
                .noneMatch(c -> c.startsWith("SESSION=") && c.contains("Secure"));
    }

    @Test
    void theSessionCookieIsSecureOverTls() throws Exception {
        MvcResult result = mvc.perform(signIn(viewer).secure(true))
                .andReturn();
        assertThat(result.getResponse().getHeaders("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION=") && c.contains("Secure"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String username) {
        return post("/login").param("username", username).param("password", TestAccounts.PASSWORD).with(csrf());
    }

    private HttpRequest.Builder contactUpdate(String phone) {
        String basic = Base64.getEncoder().encodeToString((officer + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/units/SO_TU_PHAP/contact"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"phone\": \"" + phone + "\"}"));
    }

    private String lastUnitAuditAddress() {
        return jdbc.sql("select address from audit_entry where entity_type = 'unit' order by id desc limit 1")
                .query(String.class).single();
    }

    private static RequestPostProcessor peer(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
