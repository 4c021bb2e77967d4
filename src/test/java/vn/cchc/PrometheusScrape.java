package vn.cchc;

import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * What Prometheus reads: one scrape of /actuator/prometheus on the running application's management port, and the
 * value of one series in it.
 */
public record PrometheusScrape(List<String> lines) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static PrometheusScrape of(ApplicationContext context) {
        String port = context.getEnvironment().getRequiredProperty("local.management.port");
        try {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("/actuator/prometheus answered HTTP " + page.statusCode());
            }
            return new PrometheusScrape(page.body().lines().filter(l -> !l.startsWith("#")).toList());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The series' value, labels given as {@code "outcome=inserted"}; NaN when the scrape has no such series. */
    public double value(String series, String... labels) {
        return lines.stream()
                .filter(l -> l.startsWith(series + "{") || l.startsWith(series + " "))
                .filter(l -> Arrays.stream(labels).allMatch(pair -> l.contains("{" + label(pair)) || l.contains("," + label(pair))))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElse(Double.NaN);
    }

    /** The same, 0 when the series is not there yet (a counter nothing has counted). */
    public double valueOrZero(String series, String... labels) {
        double v = value(series, labels);
        return Double.isNaN(v) ? 0 : v;
    }

    /** Every series line of that name, as scraped. */
    public List<String> series(String series) {
        return lines.stream().filter(l -> l.startsWith(series + "{")).toList();
    }

    private static String label(String pair) {
        int eq = pair.indexOf('=');
        return pair.substring(0, eq) + "=\"" + pair.substring(eq + 1) + "\"";
    }
}
