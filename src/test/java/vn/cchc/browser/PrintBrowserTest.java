package vn.cchc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan page and the report form print as A4 documents without the menu (Chromium told to lay the page out for print). */
@UsesDemoData("the demo accounts, plans and Sở Tư pháp's report form")
class PrintBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @AfterEach
    void backToTheScreen() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** In print layout: the menu and the buttons are hidden and the stylesheet asks for an A4 page. */
    private void assertPrintsAsAnA4Document(String path, By ready) {
        browser.get(baseUrl() + path);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(ready));
        assertThat(browser.findElement(By.cssSelector("nav.navbar")).isDisplayed()).as("the menu on screen").isTrue();

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(script("return getComputedStyle(document.querySelector('nav.navbar')).display")).isEqualTo("none");
        assertThat(script("return getComputedStyle(document.querySelector('footer')).display")).isEqualTo("none");
        assertThat(script("return getComputedStyle(document.body).fontFamily")).asString().startsWith("\"Times New Roman\"");
        assertThat(script("""
                const all = rules => [...rules].flatMap(r => [r, ...(r.cssRules ? all(r.cssRules) : [])]);
                return [...document.styleSheets].flatMap(s => all(s.cssRules))
                    .some(r => r instanceof CSSPageRule && r.style.getPropertyValue('size').toUpperCase() === 'A4')""")).isEqualTo(true);
    }

    @Test
    void thePlanPagePrintsAsAnA4DocumentWithoutTheMenu() {
        signIn("stp.cchc");
        assertPrintsAsAnA4Document("/plans/" + jdbc.sql("select id from plan where status = 'ISSUED' order by id limit 1")
                .query(Long.class).single(), By.tagName("h1"));
    }

    @Test
    void theReportFormPrintsAsAnA4DocumentWithoutTheMenu() {
        // next quarter's form: no other test submits it, so its buttons are there to be hidden
        Period next = Period.containing(PeriodType.QUARTER, LocalDate.now(clock).plusMonths(3));
        signIn("stp.cchc");
        assertPrintsAsAnA4Document("/indicators/reports/SO_TU_PHAP/" + next.key(), By.id("form-save"));
        assertThat(script("return getComputedStyle(document.querySelector('#report-form button, #report-form .btn')).display"))
                .isEqualTo("none");
    }
}
