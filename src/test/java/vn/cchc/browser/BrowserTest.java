package vn.cchc.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.demo.DemoAccounts;
import vn.cchc.UsesDemoData;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * UI flows in a real headless Chromium against the shared test server. Without Chromium the tests
 * are skipped with the reason printed, except under CI=true, where a missing browser is a failure.
 */
@UsesDemoData("the demo accounts")
public abstract class BrowserTest extends CchcIntegrationTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    protected static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean available = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!available) {
            String reason = "Chromium or chromedriver not found at " + CHROMIUM + " / " + DRIVER
                    + " (install the Debian packages chromium and chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + "; browser tests are required under CI=true");
            }
            System.out.println("SKIPPED browser tests: " + reason);
            Assumptions.abort(reason);
        }
        if (browser != null) {
            return;
        }
        profile = Files.createTempDirectory("cchc-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
    }

    @AfterAll
    static void keepBrowserForNextClass() {
        // One Chromium serves every browser test class; the JVM shutdown hook below closes it.
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (browser != null) {
                browser.quit();
            }
        }));
    }

    /** Waits through page loads and htmx swaps: an element read while its page is replaced is simply read again. */
    protected WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Answers the question a step that cannot be taken back asks first, and returns the question. */
    protected String answerConfirmation(boolean accept) {
        org.openqa.selenium.Alert alert = waitUpTo(5).until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        if (accept) {
            alert.accept();
        } else {
            alert.dismiss();
        }
        return question;
    }

    protected void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitUpTo(10).until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
