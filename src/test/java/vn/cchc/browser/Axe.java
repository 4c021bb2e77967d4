package vn.cchc.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * axe-core, the accessibility engine, run in the page the browser shows: its script comes from the WebJar on the test
 * classpath (no network), and what it reports as serious or critical is returned, one line per violation and element.
 */
final class Axe {

    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static String script;

    private Axe() {
    }

    private static synchronized String script() {
        if (script == null) {
            ClassLoader loader = Axe.class.getClassLoader();
            try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                Properties p = new Properties();
                p.load(pom);
                try (InputStream js = loader.getResourceAsStream(WEBJAR + p.getProperty("version") + "/axe.min.js")) {
                    script = new String(js.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** "color-contrast (serious) #board-table td.small: Elements must have sufficient color contrast", one per node. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(script());
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ': ' + v.help
                        + (n.failureSummary ? ' | ' + n.failureSummary.replace(/\\s+/g, ' ') : '')))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) found;
    }
}
