package vn.cchc.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import vn.cchc.CchcApplication;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through the province's identity provider, end to end over HTTP: a Spring Authorization Server of its own
 * (a small context on 127.0.0.1) and the application started once more with {@code cchc.sso.*} set (on localhost,
 * so the two hosts keep their cookies apart). This second application context is deliberate: the shared one runs
 * without single sign-on, as most installations do ({@link SingleSignOnOffTest}).
 */
class SingleSignOnTest {

    private static final String IDP_PASSWORD = "Mot-cua-tinh-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext app;
    private static InMemoryUserDetailsManager people;
    private static TestAccounts accounts;
    private static JdbcClient jdbc;
    private static String appUrl;

    @BeforeAll
    static void startTheProviderAndAnApplicationThatTrustsIt() throws IOException {
        int appPort = freePort();
        appUrl = "http://localhost:" + appPort;
        long started = System.nanoTime();
        provider = ProvinceIdentityProviderStub.start(appUrl + "/login/oauth2/code/province");
        String issuer = "http://127.0.0.1:" + provider.getEnvironment().getProperty("local.server.port");
        long providerUp = System.nanoTime();
        // arguments, not default properties: those would lose to application.properties
        app = new SpringApplicationBuilder(CchcApplication.class).web(WebApplicationType.SERVLET).profiles("test")
                .run("--server.port=" + appPort, "--cchc.sso.issuer-uri=" + issuer, "--cchc.sso.client-id=cchc",
                        "--cchc.sso.client-secret=" + ProvinceIdentityProviderStub.CLIENT_SECRET,
                        "--cchc.sso.unit-claim=" + ProvinceIdentityProviderStub.UNIT_CLAIM,
                        "--cchc.admin.password=" + TestAccounts.PASSWORD);
        System.out.printf("single sign-on test: provider started in %d ms, second application context in %d ms%n",
                (providerUp - started) / 1_000_000, (System.nanoTime() - providerUp) / 1_000_000);
        people = provider.getBean(InMemoryUserDetailsManager.class);
        accounts = new TestAccounts(app);
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aProvinceAccountWithALocalNamesakeSignsInAndLandsOnItsHomeWithItsLocalUnit() throws Exception {
        String username = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        provinceAccount(username, "SO_TU_PHAP");

        HttpResponse<String> home = signInThroughTheProvince(username);

        assertThat(home.uri().toString()).isEqualTo(appUrl + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(fullName(username)).doesNotContain("id=\"login-submit\"");
    }

    @Test
    void aSignInThroughTheProvinceIsAuditedAndRecordedAsTheAccountsLastSignIn() throws Exception {
        String username = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        provinceAccount(username, "SO_TU_PHAP");

        signInThroughTheProvince(username);

        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'sign_in' and entity_id = ?
                        and after_value ->> 'method' = 'SSO' and after_value ->> 'result' = 'SIGNED_IN'
                        and after_value ->> 'subject' = ?""").params(username, username).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select last_login_at is not null from app_user where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aProvinceAccountUnknownLocallyIsRefusedWithTheMessageAndNotCreated() throws Exception {
        String stranger = "nguyen.van.khach";
        provinceAccount(stranger, "SO_TU_PHAP");

        HttpResponse<String> page = signInThroughTheProvince(stranger);

        assertThat(page.uri().toString()).isEqualTo(appUrl + "/login?error=ssoUnknown");
        assertThat(page.body()).contains("Tài khoản một cửa của tỉnh chưa được gắn với tài khoản nào trong hệ thống CCHC");
        assertThat(jdbc.sql("select count(*) from app_user where lower(username) = ?").param(stranger)
                .query(Long.class).single()).isZero();
        assertThat(refusals(stranger, "UNKNOWN_USER")).isEqualTo(1);
    }

    @Test
    void aDisabledLocalAccountIsRefusedThroughTheProvinceToo() throws Exception {
        String username = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        provinceAccount(username, "SO_TU_PHAP");
        jdbc.sql("update app_user set enabled = false where username = ?").param(username).update();

        HttpResponse<String> page = signInThroughTheProvince(username);

        assertThat(page.uri().toString()).isEqualTo(appUrl + "/login?error=disabled");
        assertThat(page.body()).contains("Tài khoản đã bị vô hiệu hóa");
        assertThat(refusals(username, "DISABLED")).isEqualTo(1);
    }

    @Test
    void aLockedLocalAccountIsRefusedThroughTheProvinceToo() throws Exception {
        String username = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        provinceAccount(username, "SO_TU_PHAP");
        jdbc.sql("update app_user set locked_until = now() + interval '1 hour' where username = ?").param(username).update();

        HttpResponse<String> page = signInThroughTheProvince(username);

        assertThat(page.uri().toString()).isEqualTo(appUrl + "/login?error=locked");
        assertThat(page.body()).contains("Tài khoản đang bị khóa");
        assertThat(refusals(username, "LOCKED")).isEqualTo(1);
    }

    @Test
    void aProvinceTokenWithoutTheUsernameClaimIsRefusedEvenWhenTheSubjectNamesALocalAccount() throws Exception {
        String username = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        people.createUser(User.withUsername(username).password("{noop}" + IDP_PASSWORD)
                .authorities(ProvinceIdentityProviderStub.UNIT_PREFIX + "SO_TU_PHAP", ProvinceIdentityProviderStub.WITHOUT_USERNAME)
                .build());

        HttpResponse<String> page = signInThroughTheProvince(username);

        assertThat(page.uri().toString()).isEqualTo(appUrl + "/login?error=ssoNoClaim");
        assertThat(page.body()).contains("Hệ thống một cửa của tỉnh không gửi tên đăng nhập của bạn");
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'sign_in' and after_value ->> 'method' = 'SSO'
                        and after_value ->> 'reason' = 'NO_CLAIM' and after_value ->> 'subject' = ?""")
                .param(username).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select last_login_at is null from app_user where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anIdTokenOfAnotherIssuerIsRefusedAndSignsNobodyIn() throws Exception {
        String username = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        people.createUser(User.withUsername(username).password("{noop}" + IDP_PASSWORD)
                .authorities(ProvinceIdentityProviderStub.UNIT_PREFIX + "SO_TU_PHAP", ProvinceIdentityProviderStub.FOREIGN_ISSUER)
                .build());

        HttpResponse<String> page = signInThroughTheProvince(username);

        assertThat(page.uri().toString()).isEqualTo(appUrl + "/login?error=sso");
        assertThat(page.body()).contains("Không đăng nhập được qua hệ thống một cửa của tỉnh");
        assertThat(jdbc.sql("select last_login_at is null from app_user where username = ?").param(username)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'sign_in' and entity_id = ?
                        and after_value ->> 'result' = 'SIGNED_IN'""").param(username).query(Long.class).single()).isZero();
    }

    @Test
    void aProvinceAccountNamingAnotherUnitThanTheLocalAccountIsRefused() throws Exception {
        String username = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        provinceAccount(username, "SO_KHCN");

        HttpResponse<String> page = signInThroughTheProvince(username);

        assertThat(page.uri().toString()).isEqualTo(appUrl + "/login?error=ssoUnit");
        assertThat(page.body()).contains("Đơn vị trong tài khoản một cửa của tỉnh không khớp");
        assertThat(refusals(username, "UNIT_MISMATCH")).isEqualTo(1);
    }

    @Test
    void theLoginPageOffersTheProvinceSignOnBesideTheForm() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(appUrl + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.body()).contains("id=\"login-sso\"", "Đăng nhập bằng tài khoản một cửa của tỉnh",
                "href=\"/oauth2/authorization/province\"", "id=\"login-submit\"");
    }

    private static void provinceAccount(String username, String unitCode) {
        people.createUser(User.withUsername(username).password("{noop}" + IDP_PASSWORD)
                .authorities(ProvinceIdentityProviderStub.UNIT_PREFIX + unitCode).build());
    }

    /** The browser's way: the app's button, the provider's login form, back to the app; the page it ends on. */
    private static HttpResponse<String> signInThroughTheProvince(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> providerLogin = follow(client, get(URI.create(appUrl + "/oauth2/authorization/province")));
        assertThat(providerLogin.uri().getHost()).isEqualTo("127.0.0.1");
        Matcher csrf = CSRF.matcher(providerLogin.body());
        assertThat(csrf.find()).as("the provider's login form").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=" + IDP_PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return follow(client, HttpRequest.newBuilder(providerLogin.uri())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static HttpResponse<String> follow(HttpClient client, HttpRequest first) throws Exception {
        HttpResponse<String> response = client.send(first, HttpResponse.BodyHandlers.ofString());
        for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = client.send(get(next), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").build();
    }

    private static String fullName(String username) {
        return jdbc.sql("select full_name from app_user where username = ?").param(username).query(String.class).single();
    }

    private static long refusals(String username, String reason) {
        return jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'sign_in' and entity_id = ?
                        and after_value ->> 'method' = 'SSO' and after_value ->> 'reason' = ?""")
                .params(username, reason).query(Long.class).single();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
