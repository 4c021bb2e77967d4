package vn.cchc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.UsesDemoData;
import vn.cchc.time.PinnableClock;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Tư pháp's officer opens the quarter I report of 2025 the system drafted, rewrites a part and submits it; the
 * standing agency returns it with a reason; the officer corrects it and submits again, and both versions are kept.
 */
@UsesDemoData("the demo accounts stp.cchc and snv.cchc")
class ReformReportBrowserTest extends BrowserTest {

    private static final String REPORT = "/reform-reports/SO_TU_PHAP/2025-QUARTER_I";

    @Autowired
    PinnableClock clock;

    @AfterEach
    void unpin() {
        clock.reset();
    }

    private void click(By by) {
        WebElement e = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    private void rewrite(String text) {
        WebElement results = browser.findElement(By.id("section-RESULTS"));
        results.clear();
        results.sendKeys(text);
    }

    @Test
    void anOfficerSubmitsTheDraftedReportTheStandingAgencyReturnsItAndTheOfficerSubmitsAgain() {
        clock.pin(LocalDate.of(2025, 3, 12));

        signIn("stp.cchc");
        browser.get(baseUrl() + REPORT);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        assertThat(browser.findElement(By.id("section-LEADERSHIP")).getAttribute("value"))
                .contains("Sở Tư pháp").contains("15/12/2024").contains("14/03/2025");
        rewrite("Rà soát, công bố 24 thủ tục hành chính lĩnh vực tư pháp.");
        click(By.id("report-submit"));
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("report-status"), "Đã gửi"));

        signIn("snv.cchc");
        browser.get(baseUrl() + REPORT);
        browser.findElement(By.id("return-reason")).sendKeys("Bổ sung kết quả số hóa hồ sơ.");
        click(By.id("report-return"));
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("report-status"), "Bị trả lại"));

        signIn("stp.cchc");
        browser.get(baseUrl() + REPORT);
        assertThat(browser.findElement(By.id("report-returned")).getText()).contains("Bổ sung kết quả số hóa hồ sơ.");
        rewrite("Rà soát, công bố 24 thủ tục hành chính; số hóa 1.350 hồ sơ.");
        click(By.id("report-submit"));
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("report-status"), "Đã gửi"));

        assertThat(browser.findElement(By.id("text-RESULTS")).getText()).isEqualTo("Rà soát, công bố 24 thủ tục hành chính; số hóa 1.350 hồ sơ.");
        assertThat(browser.findElements(By.cssSelector("details[id^='version-']"))).hasSize(2);
    }
}
