package vn.cchc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A citizen on a 375 px wide phone, without an account: sends feedback from the landing page, keeps the code, and
 * after Sở Tư pháp has answered and the standing agency published it, follows the code to the published answer.
 */
@UsesDemoData("the demo accounts snv.cchc (standing agency) and stp.cchc (Sở Tư pháp)")
class FeedbackBrowserTest extends BrowserTest {

    private static final int PHONE = 375;

    @BeforeEach
    void aPhoneWithoutAnAccount() {
        browser.manage().deleteAllCookies();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void backToTheDesktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private long pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
    }

    private void officer(String user, String code, String action, String... params) throws Exception {
        var request = post("/feedback/{code}/" + action, code).with(as(user)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request);
    }

    @Test
    void aCitizenSendsFeedbackByPhoneAndFollowsItsCodeToThePublishedAnswer() throws Exception {
        browser.get(baseUrl() + "/public");
        waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.id("tile-feedback"))).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("feedback-form")));
        assertThat(pageWidth()).as("the form on a phone").isLessThanOrEqualTo(PHONE);
        browser.findElement(By.id("kind-REGULATION")).click();
        browser.findElement(By.id("name")).sendKeys("Đặng Thị Khánh");
        browser.findElement(By.id("address")).sendKeys("Xóm 4, xã Nghi Lộc, tỉnh Nghệ An");
        browser.findElement(By.id("phone")).sendKeys("0977 123 456");
        browser.findElement(By.id("agency")).sendKeys("Sở Tư pháp");
        browser.findElement(By.id("title")).sendKeys("Không được hướng dẫn khi nộp hồ sơ cấp phiếu lý lịch tư pháp");
        browser.findElement(By.id("content")).sendKeys("Tôi đến nộp hồ sơ hai lần nhưng không được hướng dẫn đầy đủ giấy tờ cần có.");
        // sent as a phone's keyboard sends it ("Go" in the last line field): the emulated screen is shorter than the window
        browser.findElement(By.id("title")).sendKeys(Keys.ENTER);
        String code = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code"))).getText().strip();
        assertThat(code).startsWith("PA").hasSize(10);
        assertThat(jdbc.sql("select count(*) from feedback where code = ?").param(code).query(Long.class).single())
                .as("stored before the code is shown").isEqualTo(1);

        officer("snv.cchc", code, "accept", "field", "HO_TICH");
        officer("snv.cchc", code, "assign", "unit", "SO_TU_PHAP");
        officer("stp.cchc", code, "answer", "answer", "Sở Tư pháp đã niêm yết danh mục giấy tờ và nhắc nhở công chức tiếp nhận.");
        officer("snv.cchc", code, "publish");

        browser.findElement(By.id("track-link")).click();
        assertThat(waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("track-status"))).getText())
                .isEqualTo("Đã công khai kết quả");
        assertThat(pageWidth()).as("the tracking page on a phone").isLessThanOrEqualTo(PHONE);
        browser.findElement(By.id("track-published")).click();
        String answer = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("published-text"))).getText();
        assertThat(answer).contains("Sở Tư pháp đã niêm yết danh mục giấy tờ");
        String page = browser.findElement(By.id("published-answer")).getText();
        assertThat(page).contains("Đ.T.K.").doesNotContain("Đặng Thị Khánh").doesNotContain("0977 123 456");
        assertThat(pageWidth()).as("the published answer on a phone").isLessThanOrEqualTo(PHONE);
    }
}
