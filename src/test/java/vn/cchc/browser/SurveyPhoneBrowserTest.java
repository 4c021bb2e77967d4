package vn.cchc.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.survey.SurveyCollection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen on a 375 px wide phone, without an account, answers the SIPAS survey with the code printed on a slip of
 * Sở Tư pháp's counter: every answer is a tap on the scale's button or a choice's label, scrolled into view as a
 * thumb would; a tap that lands on anything else fails the test (Chromium names what covers the element).
 */
class SurveyPhoneBrowserTest extends BrowserTest {

    private static final int PHONE = 375;
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final List<String> SCALE_ITEMS = List.of("E1.1", "E1.2", "E1.3", "E2.1", "E2.2", "E2.3", "E2.4",
            "E3.1", "E3.2", "E3.3", "E4.1", "E4.2", "E4.3");

    @Autowired
    ApplicationContext context;

    private long campaign;
    private String code;

    @BeforeEach
    void aSlipFromSoTuPhapsCounterAndAPhoneWithoutAnAccount() {
        TestAccounts accounts = new TestAccounts(context);
        String standing = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        String officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        SurveyCollection surveys = context.getBean(SurveyCollection.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        campaign = as(standing, () -> surveys.openSipasCampaign("Khảo sát SIPAS trên điện thoại " + SEQ.incrementAndGet(),
                today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()), Map.of("SO_TU_PHAP", 50)));
        code = as(officer, () -> surveys.issueCodes(campaign, "SO_TU_PHAP", 1)).get(0);

        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + "/public");
        ((JavascriptExecutor) browser).executeScript("localStorage.clear();");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void backToTheDesktop() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long responses() {
        return jdbc.sql("select count(*) from survey_response where campaign_id = ?").param(campaign).query(Long.class).single();
    }

    private long pageWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);")).longValue();
    }

    /**
     * A thumb's tap: the element brought to the middle of the screen, then clicked where it is drawn. The scroll is
     * instant because Bootstrap makes the page's scrolling smooth: a click sent while the page still glides lands
     * where the element was, on whatever is there then (the cause of the taps lost under load before).
     */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", element);
        waitUpTo(5).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void typeTheSlipsCode() {
        browser.get(baseUrl() + "/public/survey");
        WebElement field = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        field.sendKeys(code.substring(0, 5).toLowerCase() + "-" + code.substring(5).toLowerCase());
        tap(browser.findElement(By.cssSelector("form[action$='/public/survey'] button[type=submit]")));
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));
    }

    private void tapScale(String item, int value) {
        tap(browser.findElement(By.cssSelector("label[for='q_" + item + "_" + value + "']")));
    }

    private void tapChoice(String item, String choice) {
        WebElement box = browser.findElement(By.cssSelector("fieldset[data-item='" + item + "']"));
        tap(box.findElement(By.xpath(".//label[normalize-space(.)='" + choice + "']")));
    }

    private boolean checked(String item, int value) {
        return browser.findElement(By.id("q_" + item + "_" + value)).isSelected();
    }

    @Test
    void aCitizenAnswersEveryItemByTappingAndTheSameCodeIsThenRefused() {
        typeTheSlipsCode();
        assertThat(pageWidth()).as("the questionnaire on a phone").isLessThanOrEqualTo(PHONE);

        tapChoice("A1", "Nữ");
        tapChoice("A6", "Tư pháp, hộ tịch");
        tapChoice("B3", "Không");
        for (String item : SCALE_ITEMS) {
            tapScale(item, 4);
        }
        assertThat(SCALE_ITEMS).allMatch(item -> checked(item, 4));
        tap(browser.findElement(By.id("survey-submit")));

        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-thanks")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(responses()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                        where r.campaign_id = ? and a.value = 4""").param(campaign).query(Long.class).single())
                .as("each tapped answer stored").isEqualTo(SCALE_ITEMS.size());

        browser.get(baseUrl() + "/public/survey");
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("code"))).sendKeys(code);
        tap(browser.findElement(By.cssSelector("form[action$='/public/survey'] button[type=submit]")));
        String refusal = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-problems"))).getText();
        assertThat(refusal).contains("đã được dùng. Mỗi mã chỉ dùng một lần");
        assertThat(browser.findElements(By.id("survey-form"))).isEmpty();
        assertThat(responses()).as("nothing more stored").isEqualTo(1);
    }

    @Test
    void aHalfAnsweredSurveyIsKeptOnThePhoneThroughAReloadAndNothingReachesTheServerUntilItIsSent() {
        typeTheSlipsCode();
        tapChoice("A1", "Nam");
        tapScale("E1.1", 2);
        tapScale("E1.2", 5);

        browser.navigate().refresh();
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));

        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("survey-draft-note")));
        assertThat(checked("E1.1", 2)).isTrue();
        assertThat(checked("E1.2", 5)).isTrue();
        assertThat(browser.findElement(By.id("q_A1_1")).isSelected()).as("Nam kept").isTrue();
        assertThat(responses()).as("a draft is never stored on the server").isZero();

        tap(browser.findElement(By.id("survey-submit")));
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-thanks")));
        assertThat(responses()).isEqualTo(1);
        Object left = ((JavascriptExecutor) browser).executeScript(
                "return Object.keys(localStorage).filter(function (k) { return k.indexOf('cchc-survey:') === 0; }).length;");
        assertThat(((Number) left).intValue()).as("the draft is cleared once sent").isZero();
    }
}
