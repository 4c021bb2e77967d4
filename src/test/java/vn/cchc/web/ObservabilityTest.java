package vn.cchc.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an operator watches: probes, metrics and the request id that ties a page, its logs and its audit together. */
class ObservabilityTest extends CchcIntegrationTest {

    private static String officer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        officer = accounts.create(Role.UNIT_OFFICER, "SO_KHCN");
    }

    @LocalManagementPort
    int managementPort;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> management(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAreReportedApartOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        assertThat(management("/actuator/health/liveness").body()).contains("\"UP\"");
        HttpResponse<String> readiness = management("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
    }

    @Test
    void prometheusCountsRequestsByPage() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        // the server records a request's timer after the response is written, so the client may ask before it is there
        List<String> loginCounts = List.of();
        for (int i = 0; i < 50 && loginCounts.isEmpty(); i++) {
            Thread.sleep(i == 0 ? 0 : 100);
            loginCounts = management("/actuator/prometheus").body().lines()
                    .filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/login\""))
                    .toList();
        }
        assertThat(loginCounts).isNotEmpty();
    }

    @Test
    void aPageIsRefusedWith503UntilTheApplicationIsReady() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Hệ thống đang khởi động");
            assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditEntryOfARequestCarriesTheIdTheResponseReturned() throws Exception {
        String requestId = mvc.perform(post("/units/SO_KHCN/contact").with(as(officer)).with(csrf())
                        .param("phone", "0238 3837 450"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(requestId).matches("[0-9a-f]{16}");
        String audited = jdbc.sql("select request_id from audit_entry where entity_type = 'unit' and entity_id = (select id::text from unit where code = 'SO_KHCN') order by id desc limit 1")
                .query(String.class).single();
        assertThat(audited).isEqualTo(requestId);
    }
}
