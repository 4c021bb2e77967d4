package vn.cchc.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions live in PostgreSQL, so a second node behind a load balancer sees the same sign-in. */
class SessionStoreTest extends CchcIntegrationTest {

    private static String standingAgency;
    private static String viewer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        viewer = accounts.create(Role.VIEWER, "VP_UBND");
    }

    @Value("${spring.session.timeout}")
    Duration timeout;

    @Test
    void aSignedInSessionIsStoredInPostgresqlWithThirtyMinutesIdleLimit() throws Exception {
        HttpClient client = signedInClient(standingAgency, TestAccounts.PASSWORD);

        Integer maxInactive = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param(standingAgency).query(Integer.class).list().stream().findFirst().orElse(null);
        assertThat(maxInactive).isEqualTo(30 * 60);
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));

        HttpResponse<String> home = fetch(client, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        String fullName = jdbc.sql("select full_name from app_user where username = ?").param(standingAgency)
                .query(String.class).single();
        assertThat(home.body()).contains("Xin chào, " + fullName);
    }

    @Test
    void aSessionRemovedFromTheStoreSendsTheUserBackToSignIn() throws Exception {
        HttpClient client = signedInClient(viewer, TestAccounts.PASSWORD);
        jdbc.sql("delete from spring_session where principal_name = ?").param(viewer).update();

        HttpResponse<String> page = fetch(client, "/units");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?expired"));
    }
}
