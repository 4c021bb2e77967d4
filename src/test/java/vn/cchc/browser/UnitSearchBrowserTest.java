package vn.cchc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;

@UsesDemoData("the demo accounts")
class UnitSearchBrowserTest extends BrowserTest {

    @Test
    void anOfficerOpensTheDepartmentsThenFindsSoNoiVuTypingWithoutDiacritics() {
        signIn("stp.cchc");
        browser.get(baseUrl() + "/units");
        By soTuPhap = By.xpath("//div[@id='unit-results']//a[normalize-space()='Sở Tư pháp']");
        assertThat(browser.findElements(soTuPhap)).as("the groups are closed before searching").isEmpty();
        browser.findElement(By.cssSelector("section[data-kind='DEPARTMENT'] h2 button")).click();
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(soTuPhap));

        browser.findElement(By.id("unit-q")).sendKeys("so noi vu");
        waitUpTo(10).until(d -> d.findElements(soTuPhap).isEmpty());
        WebElement link = waitUpTo(10).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//div[@id='unit-results']//a[normalize-space()='Sở Nội vụ']")));
        link.click();

        waitUpTo(10).until(ExpectedConditions.urlContains("/units/SO_NOI_VU"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sở Nội vụ");
    }
}
