package vn.cchc.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.cchc.CchcIntegrationTest;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions live in PostgreSQL, so a second node behind a load balancer sees the same sign-in. */
class SessionStoreTest extends CchcIntegrationTest {

    @Value("${spring.session.timeout}")
    Duration timeout;

    @Test
    void aSignedInSessionIsStoredInPostgresqlWithThirtyMinutesIdleLimit() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String form = "username=snv.cchc&password=" + DemoAccounts.PASSWORD + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        Integer maxInactive = jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'snv.cchc'")
                .query(Integer.class).list().stream().findFirst().orElse(null);
        assertThat(maxInactive).isEqualTo(30 * 60);
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));

        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào, Nguyễn Thị Lan");
    }
}
