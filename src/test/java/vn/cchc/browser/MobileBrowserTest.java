package vn.cchc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer's main screens on a 375 px wide phone: nothing scrolls sideways, the key cells and inputs are in view. */
@UsesDemoData("the demo accounts, Sở Tư pháp's tasks, report form and self-assessment")
class MobileBrowserTest extends BrowserTest {

    private static final int PHONE = 375;

    @BeforeEach
    void aPhone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        signIn("stp.cchc");
    }

    @AfterEach
    void backToTheDesktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private long pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
    }

    private void assertInView(WebElement e, String what) {
        Map<?, ?> box = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width};", e);
        assertThat(((Number) box.get("left")).doubleValue()).as(what + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).as(what + " right edge").isLessThanOrEqualTo(PHONE);
        assertThat(((Number) box.get("width")).doubleValue()).as(what + " width").isGreaterThan(100);
    }

    private void open(String path, By ready) {
        browser.get(baseUrl() + path);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    @Test
    void myTasksShowEachTaskAsACardWithItsContentInViewAndNoSidewaysScroll() {
        open("/my-tasks", By.cssSelector(".task-table .task-link"));

        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
        assertInView(browser.findElement(By.cssSelector("details .task-table tr[data-task-id]")), "a task's card");
    }

    @Test
    void postingProgressUsesTheWholeWidthOfThePhone() {
        long task = jdbc.sql("""
                        select t.id from plan_task t join plan_task_assignee a on a.task_id = t.id and a.role = 'LEAD'
                        join unit u on u.id = a.unit_id join plan p on p.id = t.plan_id
                        where u.code = 'SO_TU_PHAP' and p.status = 'ISSUED' order by t.id limit 1""")
                .query(Long.class).single();
        open("/plans/tasks/" + task, By.id("task-fields"));

        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
        assertInView(browser.findElement(By.id("note")), "the progress note");
    }

    @Test
    void theIndicatorReportFormKeepsItsNumberInputsWideEnoughOnAPhone() {
        open("/indicators/my", By.id("report-form"));

        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
        WebElement first = browser.findElement(By.cssSelector("#report-form input.num-input"));
        assertThat(first.getAttribute("inputmode")).isEqualTo("decimal");
        assertInView(first, "the first number input");
    }

    @Test
    void theSelfAssessmentSheetShowsEachCriterionAsACardOnAPhone() {
        long assessment = jdbc.sql("""
                        select a.id from score_assessment a join unit u on u.id = a.unit_id
                        where u.code = 'SO_TU_PHAP' order by a.id desc limit 1""")
                .query(Long.class).single();
        open("/scoring/assessments/" + assessment, By.id("sheet"));

        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE);
        assertInView(browser.findElement(By.cssSelector("#sheet tbody tr")), "a criterion's card");
    }
}
