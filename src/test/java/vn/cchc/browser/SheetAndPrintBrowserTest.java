package vn.cchc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-assessment sheet keeps a draft by itself, and the plan page and the report form print as A4 documents
 * without the menu (Chromium told to lay the page out for print).
 */
@UsesDemoData("the demo accounts, plans, Sở Tư pháp's report form and self-assessment")
class SheetAndPrintBrowserTest extends BrowserTest {

    @AfterEach
    void backToTheScreen() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @Test
    void aChangedNoteIsAutosavedAsADraftAndIsThereAfterAReloadWithNothingSubmitted() {
        long assessment = jdbc.sql("""
                        select a.id from score_assessment a join unit u on u.id = a.unit_id
                        where u.code = 'SO_TU_PHAP' order by a.id desc limit 1""")
                .query(Long.class).single();
        String status = jdbc.sql("select status from score_assessment where id = ?").param(assessment).query(String.class).single();
        String note = "Bản nháp tự lưu: đã ban hành kế hoạch CCHC năm, kèm Quyết định số 12/QĐ-STP";
        signIn("stp.cchc");
        browser.get(baseUrl() + "/scoring/assessments/" + assessment);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.self-form input[name='note']")));

        WebElement input = browser.findElement(By.cssSelector("form.self-form input[name='note']"));
        String form = input.findElement(By.xpath("./ancestor::form")).getAttribute("id");
        input.clear();
        input.sendKeys(note);
        waitUpTo(15).until(d -> !d.findElement(By.id("draft-status")).getText().isBlank());
        browser.navigate().refresh();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id(form)));

        assertThat(browser.findElement(By.cssSelector("#" + form + " input[name='note']")).getAttribute("value")).isEqualTo(note);
        assertThat(jdbc.sql("select status from score_assessment where id = ?").param(assessment).query(String.class).single())
                .as("the assessment's status after an autosave").isEqualTo(status);
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
        signIn("stp.cchc");
        assertPrintsAsAnA4Document("/indicators/my", By.id("report-form"));
        assertThat(script("return getComputedStyle(document.querySelector('#report-form button, #report-form .btn')).display"))
                .isEqualTo("none");
    }
}
