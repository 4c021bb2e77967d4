package vn.cchc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.survey.SurveyCollection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen answers by the code on their slip on a 375 px phone, without an account: the items fit the screen,
 * the feedback items appear only after saying feedback was sent, a reload keeps what was answered (the draft lives
 * in the browser, nothing on the server), and sending stores one response.
 */
class SurveyByCodeBrowserTest extends BrowserTest {

    private static final int PHONE = 375;

    @Autowired
    SurveyCollection survey;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    long campaign;
    String code;

    @BeforeEach
    void aSlipFromSoVanHoaAndAPhone() {
        TestAccounts accounts = new TestAccounts(context);
        String standing = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        String officer = accounts.create(Role.UNIT_OFFICER, "SO_XAY_DUNG");
        LocalDate today = LocalDate.now(clock);
        campaign = asUser(standing, () -> survey.openSipasCampaign("Khảo sát trên điện thoại", today.withDayOfMonth(1),
                today.withDayOfMonth(today.lengthOfMonth()), Map.of("SO_XAY_DUNG", 10)));
        code = asUser(officer, () -> survey.issueCodes(campaign, "SO_XAY_DUNG", 1)).get(0);
        browser.manage().deleteAllCookies();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void backToTheDesktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private <T> T asUser(String username, java.util.function.Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** Taps an answer button, scrolled into view first as a thumb would. */
    private void choose(String item, String value) {
        tap(browser.findElement(By.cssSelector("label[for='q_" + item + "_" + value + "']")));
    }

    private void tap(org.openqa.selenium.WebElement e) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        waitUpTo(5).until(ExpectedConditions.elementToBeClickable(e));
        e.click();
    }

    private long responses() {
        return jdbc.sql("select count(*) from survey_response where campaign_id = ?").param(campaign).query(Long.class).single();
    }

    @Test
    void aCitizenAnswersByCodeOnAPhoneKeepsTheDraftOverAReloadAndSendsOnce() {
        browser.get(baseUrl() + "/public/survey");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.cssSelector("form[action$='/public/survey'] button[type=submit]")).click();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));

        long width = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
        assertThat(width).as("page width on a phone").isLessThanOrEqualTo(PHONE);
        assertThat(browser.findElement(By.cssSelector("[data-item='E5.1']")).isDisplayed()).as("E5 before B3").isFalse();

        for (String item : List.of("E1.1", "E1.2", "E2.1", "E3.1", "E4.1")) {
            choose(item, "4");
        }
        tap(browser.findElement(By.cssSelector("label[for='q_B3_1']")));
        waitUpTo(5).until(d -> d.findElement(By.cssSelector("[data-item='E5.1']")).isDisplayed());
        choose("E5.1", "5");

        browser.navigate().refresh();
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-draft-note")));
        assertThat(browser.findElement(By.id("q_E1.1_4")).isSelected()).as("E1.1 kept in the draft").isTrue();
        assertThat(browser.findElement(By.id("q_E5.1_5")).isSelected()).as("E5.1 kept in the draft").isTrue();
        assertThat(responses()).as("nothing stored before sending").isZero();

        tap(browser.findElement(By.id("survey-submit")));
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-thanks")));

        assertThat(responses()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                        where r.campaign_id = ? and a.value is not null""").param(campaign).query(Long.class).single()).isEqualTo(6);
        Object draft = ((JavascriptExecutor) browser).executeScript(
                "return Object.keys(localStorage).filter(k => k.startsWith('cchc-survey:')).length;");
        assertThat(((Number) draft).intValue()).as("draft cleared after sending").isZero();
    }
}
