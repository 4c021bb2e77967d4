package vn.cchc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standing agency reaches the inspections from the menu, records a surprise inspection of Sở Tư pháp (2023, a
 * year no other test inspects in) with one recommendation, both units picked by typing part of the name, and follows
 * the link of its recommendation to the task.
 */
@UsesDemoData("the demo accounts")
class InspectionBrowserTest extends BrowserTest {

    /** Clicks as the user would; where headless Chromium reports the element covered (a long form), acts on it directly. */
    private void press(WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            js.executeScript("arguments[0].form ? arguments[0].form.requestSubmit(arguments[0]) : arguments[0].click()", element);
        }
    }

    /** Types part of the unit's name, without diacritics, into the picker and picks the unit among the hits. */
    private void pickUnit(String field, String typed, String code) {
        browser.findElement(By.id(field + "-q")).sendKeys(typed);
        WebElement hit = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + field + "-hits input[type=radio][value='" + code + "']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", hit);
        browser.findElement(By.cssSelector("label[for='" + hit.getAttribute("id") + "']")).click();
        assertThat(hit.isSelected()).as(field).isTrue();
    }

    @Test
    void recordAnInspectionWithOneRecommendationAndOpenItsTask() {
        String number = "77/TB-ĐKT-" + System.nanoTime() % 100_000;
        signIn("snv.cchc");
        browser.get(baseUrl() + "/");
        browser.findElement(By.id("nav-inspections")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-new"))).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-form")));
        browser.findElement(By.id("surprise")).click();
        new Select(browser.findElement(By.id("kind"))).selectByValue("ADMINISTRATIVE_REFORM");
        pickUnit("unitCode", "so tu phap", "SO_TU_PHAP");
        browser.findElement(By.id("inspectedOn")).sendKeys("12/06/2023");
        browser.findElement(By.id("noticeNumber")).sendKeys(number);
        browser.findElement(By.id("noticeDate")).sendKeys("20/06/2023");
        browser.findElement(By.name("findingText0")).sendKeys("Chưa niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa.");
        browser.findElement(By.name("recContent0")).sendKeys("Niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa");
        pickUnit("recUnit0", "tu phap", "SO_TU_PHAP");
        browser.findElement(By.name("recDeadline0")).sendKeys("trước ngày 31/7/2023");
        press(browser.findElement(By.id("inspection-submit")));

        waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-recommendations")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(number).contains("Sở Tư pháp");
        WebElement task = browser.findElement(By.cssSelector("#inspection-recommendations .task-link"));
        String href = task.getAttribute("href");
        assertThat(href).matches(".*/plans/tasks/\\d+$");
        press(task);
        waitUpTo(15).until(ExpectedConditions.urlMatches("/plans/tasks/\\d+$"));
        assertThat(browser.getPageSource()).contains("Niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa");
    }
}
