package vn.cchc.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import vn.cchc.CchcIntegrationTest;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions live in PostgreSQL, so a second node behind a load balancer sees the same sign-in. */
class SessionStoreTest extends CchcIntegrationTest {

    @Value("${spring.session.timeout}")
    Duration timeout;

    @Test
    void aSignedInSessionIsStoredInPostgresqlWithThirtyMinutesIdleLimit() throws Exception {
        HttpClient client = signedInClient("snv.cchc");

        Integer maxInactive = jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'snv.cchc'")
                .query(Integer.class).list().stream().findFirst().orElse(null);
        assertThat(maxInactive).isEqualTo(30 * 60);
        assertThat(timeout).isEqualTo(Duration.ofMinutes(30));

        HttpResponse<String> home = fetch(client, "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Xin chào, Nguyễn Thị Lan");
    }

    @Test
    void aSessionRemovedFromTheStoreSendsTheUserBackToSignIn() throws Exception {
        HttpClient client = signedInClient("xem");
        jdbc.sql("delete from spring_session where principal_name = 'xem'").update();

        HttpResponse<String> page = fetch(client, "/units");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?expired"));
    }
}
