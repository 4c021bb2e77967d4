package vn.cchc.browser;

import java.time.LocalDate;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodType;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit enters and submits its quarterly form, the standing agency approves it, the heatmap cell changes. */
@UsesDemoData("the demo accounts")
class IndicatorBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    private void click(By by) {
        WebElement e = browser.findElement(by);
        // a real click event on the button (so its name/value is submitted), without Selenium's overlap check
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    @Test
    void enterSubmitApproveAndSeeTheHeatmapCellChange() {
        Period quarter = Period.containing(PeriodType.QUARTER, LocalDate.now(clock));
        By cell = By.cssSelector("#heat-SO_TU_PHAP td[data-indicator='KH_VB_KY_SO']");

        signIn("snv.cchc");
        openDepartmentsOnTheHeatmap(quarter);
        assertThat(browser.findElement(cell).getText()).isEmpty();
        assertThat(browser.findElement(cell).getAttribute("data-achievement")).isEqualTo("NO_DATA");

        signIn("stp.cchc");
        browser.get(baseUrl() + "/indicators/my");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        for (WebElement input : browser.findElements(By.cssSelector("#report-form input.num-input"))) {
            String name = input.getAttribute("name");
            input.clear();
            // every ratio 45 of 50 (90 %), except signed documents: all 50; counts 0
            boolean ratio = !browser.findElements(By.name("den_" + name.substring(4))).isEmpty();
            input.sendKeys(!ratio ? "0" : name.startsWith("den_") || name.equals("num_KH_VB_KY_SO") ? "50" : "45");
        }
        for (WebElement select : browser.findElements(By.cssSelector("#report-form select"))) {
            new org.openqa.selenium.support.ui.Select(select).selectByValue("1");
        }
        for (WebElement comment : browser.findElements(By.cssSelector("#report-form input[name^='comment_']"))) {
            comment.sendKeys("Đơn vị đang khắc phục");
        }
        click(By.id("form-submit"));
        answerConfirmation(true);
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("form-status"), "Đã gửi, chờ duyệt"));

        signIn("snv.cchc");
        browser.get(baseUrl() + "/indicators/reports/SO_TU_PHAP/" + quarter.key());
        click(By.id("form-approve"));
        answerConfirmation(true);
        waitUpTo(10).until(ExpectedConditions.textToBe(By.id("form-status"), "Đã duyệt"));

        openDepartmentsOnTheHeatmap(quarter);
        WebElement changed = browser.findElement(cell);
        assertThat(changed.getText()).isEqualTo("100");
        assertThat(changed.getAttribute("data-achievement")).isEqualTo("ACHIEVED");
        assertThat(browser.findElement(By.cssSelector("#heat-SO_TU_PHAP td[data-indicator='KH_CONG_KHAI_KQ']"))
                .getAttribute("data-achievement")).isIn("AT_RISK", "MISSED");

        // the board shows the unit as approved; the unit page draws its trend chart
        browser.get(baseUrl() + "/indicators/board?status=APPROVED&period=" + quarter.key());
        assertThat(browser.findElement(By.cssSelector("#board-SO_TU_PHAP .badge")).getText()).isEqualTo("Đã duyệt");
        browser.get(baseUrl() + "/indicators/units/SO_TU_PHAP?indicator=CS766_2_1&period=" + quarter.key());
        waitUpTo(10).until(d -> "true".equals(d.findElement(By.id("trend-chart")).getAttribute("data-rendered")));
    }

    /** The heatmap's groups are closed: the departments' rows come when their group is opened. */
    private void openDepartmentsOnTheHeatmap(Period quarter) {
        browser.get(baseUrl() + "/indicators/heatmap?period=" + quarter.key());
        click(By.cssSelector("tr.heat-group[data-kind='DEPARTMENT'] button"));
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("heat-SO_TU_PHAP")));
    }
}
