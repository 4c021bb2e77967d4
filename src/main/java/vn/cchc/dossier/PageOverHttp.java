package vn.cchc.dossier;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.ClassUtils;
import vn.cchc.indicator.Period;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The dossier statistics page as users get it, beside the controller's work alone: a web server started in this
 * process on the benchmark's database (the whole application, its security, sessions and templates), a client that
 * signs in with a form and a session cookie and asks for the page with gzip like a browser, and in turn the same
 * {@code DossierPages.overview} call without HTTP, security or rendering.
 */
@Component
class PageOverHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ApplicationContext commandContext;
    private final DataSource dataSource;
    private final DossierPages pages;

    PageOverHttp(ApplicationContext commandContext, DataSource dataSource, DossierPages pages) {
        this.commandContext = commandContext;
        this.dataSource = dataSource;
        this.pages = pages;
    }

    /** Prints p50 / p95 / min / max in ms of the page over HTTP and of the controller alone, {@code runs} each, in turn. */
    void run(PrintStream out, Period period, int runs) throws Exception {
        String password = "Bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "9";
        long t = System.nanoTime();
        try (ConfigurableApplicationContext web = startWebServer(password)) {
            String base = "http://127.0.0.1:" + web.getEnvironment().getProperty("local.server.port");
            out.printf("page over HTTP     web server started on the benchmark's database in %.1f s%n",
                    (System.nanoTime() - t) / 1e9);
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            signIn(client, base, password);
            HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/dossiers?period=" + period.key()))
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofMinutes(2)).GET().build();
            int warm = Math.min(3, runs);
            long gzipped = 0;
            String html = null;
            double[] http = new double[runs];
            double[] service = new double[runs];
            for (int i = -warm; i < runs; i++) {
                long s = System.nanoTime();
                HttpResponse<byte[]> response = client.send(page, HttpResponse.BodyHandlers.ofByteArray());
                double httpMs = (System.nanoTime() - s) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + page.uri() + " answered " + response.statusCode());
                }
                s = System.nanoTime();
                pages.overview(period.key(), new ExtendedModelMap());
                double serviceMs = (System.nanoTime() - s) / 1e6;
                if (i >= 0) {
                    http[i] = httpMs;
                    service[i] = serviceMs;
                }
                gzipped = response.body().length;
                html = unzipped(response);
            }
            if (!html.contains("id=\"dossier-units\"")) {
                Path kept = Files.writeString(Files.createTempFile("cchc-bench-page-", ".html"), html);
                throw new IllegalStateException("Not the statistics page (kept in " + kept + ")");
            }
            double[] h = BenchBaselines.percentiles(http);
            double[] c = BenchBaselines.percentiles(service);
            out.printf("page over HTTP, ms (%d runs each in turn after %d warm-ups; %,d unit rows, %,d KB of HTML, %,d KB sent"
                            + " with gzip)%n", runs, warm, html.split("<tr id=\"dossier-", -1).length - 1,
                    html.getBytes(StandardCharsets.UTF_8).length >> 10, gzipped >> 10);
            out.printf("GET /dossiers?period=%s (signed in, rendered)  p50 %7.2f  p95 %7.2f  min %7.2f  max %7.2f%n",
                    period.key(), h[0], h[1], h[2], h[3]);
            out.printf("  the controller alone (DossierPages.overview)  p50 %7.2f  p95 %7.2f  min %7.2f  max %7.2f"
                    + "  -> page/controller p95/p95 %.1fx%n", c[0], c[1], c[2], c[3], h[1] / c[1]);
        }
    }

    /**
     * The whole application as a web server (not command mode) on the benchmark's database: no embedded server, no
     * demo data, an administrator for this run only; migrations and the reference directory find nothing to do.
     */
    private ConfigurableApplicationContext startWebServer(String password) throws SQLException {
        HikariDataSource db = dataSource.unwrap(HikariDataSource.class);
        Object main = commandContext.getBeansWithAnnotation(SpringBootApplication.class).values().iterator().next();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", db.getJdbcUrl());
        settings.put("spring.datasource.username", db.getUsername());
        settings.put("spring.datasource.password", db.getPassword() == null ? "" : db.getPassword());
        settings.put("server.address", "127.0.0.1");
        settings.put("server.port", "0");
        settings.put("management.server.port", "0");
        settings.put("management.server.address", "127.0.0.1");
        settings.put("cchc.demo", "false");
        settings.put("cchc.admin.password", password);
        settings.put("spring.main.banner-mode", "off");
        settings.put("logging.level.root", "warn");
        // as arguments, not default properties: those rank below application.properties (port 8080, its own ./data)
        return new SpringApplicationBuilder(ClassUtils.getUserClass(main)).web(WebApplicationType.SERVLET)
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    /** The login form as a browser posts it: the CSRF token of the page, the session cookie, then a redirect home. */
    private static void signIn(HttpClient client, String base, String password) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("GET /login answered " + form.statusCode() + " without a CSRF token");
        }
        String body = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Signing in answered " + signedIn.statusCode() + " to " + location);
        }
    }

    private static String unzipped(HttpResponse<byte[]> response) throws IOException {
        if (!response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
