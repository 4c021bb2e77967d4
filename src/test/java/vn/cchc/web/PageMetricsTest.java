package vn.cchc.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.PrometheusScrape;
import vn.cchc.UsesDemoData;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are counted by page, the page being the mapping's template: one series for every task's page, not one per
 * task (a series per id would grow without bound and make the scrape as big as the database).
 */
@UsesDemoData("a task of the demo plans")
class PageMetricsTest extends CchcIntegrationTest {

    private static final String SERIES = "http_server_requests_seconds_count";

    @Autowired
    ApplicationContext context;

    @Test
    void twoTaskPagesAreCountedUnderTheTaskPagesTemplateAndNeverUnderTheirIds() throws Exception {
        String admin = new TestAccounts(context).create(Role.ADMIN, "SO_NOI_VU");
        HttpClient client = signedInClient(admin, TestAccounts.PASSWORD);
        long first = jdbc.sql("select min(id) from plan_task").query(Long.class).single();
        long second = jdbc.sql("select min(id) from plan_task where id > ?").param(first).query(Long.class).single();
        double before = PrometheusScrape.of(context).valueOrZero(SERIES, "uri=/plans/tasks/{id}", "method=GET", "status=200");

        for (long task : new long[]{first, second}) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/plans/tasks/" + task)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        }

        // the server records a request after its response is written: the client may scrape before that
        assertThat(BoundedPoll.until(Duration.ofSeconds(5), () -> PrometheusScrape.of(context)
                .valueOrZero(SERIES, "uri=/plans/tasks/{id}", "method=GET", "status=200") - before == 2)).isTrue();
        assertThat(PrometheusScrape.of(context).series(SERIES))
                .noneMatch(line -> line.contains("uri=\"/plans/tasks/" + first + "\"") || line.contains("uri=\"/plans/tasks/" + second + "\""));
    }
}
