package vn.cchc.notification;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.browser.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit officer sees the bell's count rise when the standing agency returns their report, and opens the notice. */
class NotificationBrowserTest extends BrowserTest {

    @Autowired
    NotificationFixture fixture;

    private int bell() {
        waitUpTo(10).until(d -> d.findElement(By.id("bell-count")).getAttribute("data-unread") != null);
        return Integer.parseInt(browser.findElement(By.id("bell-count")).getAttribute("data-unread"));
    }

    @Test
    void aUnitOfficerSeesTheBellRiseWhenTheirReportIsReturnedAndOpensTheNotice() throws Exception {
        fixture.officer();
        signIn(NotificationFixture.OFFICER);
        int before = bell();

        fixture.submitAndReturn(mvc, "Tỷ lệ hồ sơ đúng hạn chưa có số liệu tháng 9");

        // the listener runs after the return commits, on its own thread: reload until the bell shows it (bounded)
        waitUpTo(20).until(d -> {
            d.navigate().refresh();
            return bell() == before + 1;
        });
        assertThat(browser.findElement(By.id("bell-count")).getText()).isEqualTo(String.valueOf(before + 1));

        browser.findElement(By.id("nav-bell")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
        WebElement newest = browser.findElement(By.cssSelector("#notices form button"));
        assertThat(newest.getText()).contains("của Sở Xây dựng bị trả lại: Tỷ lệ hồ sơ đúng hạn chưa có số liệu tháng 9");
        assertThat(newest.getAttribute("class")).contains("fw-bold");
        newest.click();

        waitUpTo(10).until(ExpectedConditions.urlContains("/indicators/reports/" + NotificationFixture.UNIT + "/"
                + fixture.quarter().key()));
        assertThat(bell()).isEqualTo(before);
    }
}
