package vn.cchc;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.demo.DemoAccounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context every integration test shares: a real server on a random port (so browser
 * tests can reach it) over a throwaway embedded PostgreSQL loaded with the demo data. Subclasses must
 * not add properties or mock beans: each distinct context would start another database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
public abstract class CchcIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private UserDetailsService userDetailsService;

    @LocalServerPort
    protected int port;

    @BeforeAll
    protected static void rememberWhatTheDemoWrote(@Autowired JdbcClient jdbc) {
        DemoSnapshot.takeOnce(jdbc);
    }

    /** Acts as a real user (a demo account or one a test created: their unit and roles as stored), not a made-up principal. */
    protected RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetailsService.loadUserByUsername(username));
    }

    /** A real HTTP client signed in through the login form of the running server (session cookie kept). */
    protected HttpClient signedInClient(String username) throws Exception {
        return signedInClient(username, DemoAccounts.PASSWORD);
    }

    /** The same for an account with a password of its own (one a test created). */
    protected HttpClient signedInClient(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed for " + username);
        }
        return client;
    }

    protected HttpResponse<String> fetch(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
