package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.UsesDemoData;
import vn.cchc.browser.BrowserTest;
import vn.cchc.directory.Directory;

import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** In Chromium: a unit officer self-scores an item with an evidence upload, then submits (locks) the assessment. */
@UsesDemoData("the demo accounts")
class SelfScoringBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService users;
    @Autowired
    CriteriaSets sets;
    @Autowired
    Rounds rounds;
    @Autowired
    Directory directory;

    @Test
    void anOfficerScoresAnItemWithEvidenceAndSubmits() throws Exception {
        ScoringFixture fx = new ScoringFixture(users, sets, rounds, directory);
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, List.of(
                ScoringFixture.head("1", "Công tác chỉ đạo, điều hành"),
                ScoringFixture.row("1.1", "Ban hành kế hoạch CCHC kịp thời", "1", ItemKind.NORMAL, Method.MANUAL, "0;0,5;1",
                        null, null, true)), "0", "0");
        LocalDate today = LocalDate.now(clock);
        long round = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP"), today.plusDays(3),
                today.plusDays(6), today.plusDays(9));
        long assessment = jdbc.sql("select id from score_assessment where round_id = ?").param(round).query(Long.class).single();
        long item = jdbc.sql("select id from score_item where assessment_id = ?").param(assessment).query(Long.class).single();
        Path pdf = Files.createTempFile("ke-hoach-cchc-", ".pdf");
        Files.write(pdf, ScoringTestBase.PDF);

        signIn("stp.cchc");
        browser.get(baseUrl() + "/scoring/assessments/" + assessment);
        WebElement form = browser.findElement(By.id("self-" + item));
        form.findElement(By.name("points")).sendKeys("0,5");
        form.findElement(By.name("note")).sendKeys("Kế hoạch 05/KH-STP ban hành ngày 05/01");
        form.findElement(By.name("files")).sendKeys(pdf.toAbsolutePath().toString());
        form.findElement(By.cssSelector("button[type=submit]")).click();

        String fileName = pdf.getFileName().toString();
        waitUpTo(10).until(d -> !d.findElements(By.linkText(fileName)).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#i-" + item + " .self-points")).getText()).isEqualTo("0,5");

        browser.findElement(By.id("headName")).sendKeys("Nguyễn Văn Giám đốc");
        browser.findElement(By.id("confirmed")).click();
        browser.findElement(By.id("submit-button")).click();
        answerConfirmation(true);
        waitUpTo(10).until(d -> d.findElement(By.id("assessment-status")).getText().equals("Đã chốt điểm tự chấm"));
        assertThat(browser.findElements(By.id("submit-form"))).isEmpty();
        assertThat(jdbc.sql("select status from score_assessment where id = ?").param(assessment).query(String.class).single())
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from score_evidence where item_id = ?").param(item).query(Long.class).single())
                .isEqualTo(1);
        Files.deleteIfExists(pdf);
    }
}
