package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.UsesDemoData;
import vn.cchc.browser.BrowserTest;
import vn.cchc.directory.Directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-assessment sheet keeps a draft by itself a moment after typing stops; nothing is submitted. */
@UsesDemoData("the demo accounts")
class SheetAutosaveBrowserTest extends BrowserTest {

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
    void aChangedValueIsAutosavedAsADraftAndIsThereAfterAReloadWithNothingSubmitted() {
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
        String status = jdbc.sql("select status from score_assessment where id = ?").param(assessment).query(String.class).single();
        String note = "Kế hoạch 05/KH-STP ban hành ngày 05/01, gửi kèm";

        signIn("stp.cchc");
        browser.get(baseUrl() + "/scoring/assessments/" + assessment);
        WebElement form = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("self-" + item)));
        form.findElement(By.name("points")).sendKeys("0,5");
        form.findElement(By.name("note")).sendKeys(note);
        waitUpTo(15).until(d -> !d.findElement(By.id("draft-status")).getText().isBlank());
        browser.navigate().refresh();
        WebElement reloaded = waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("self-" + item)));

        assertThat(reloaded.findElement(By.name("points")).getAttribute("value")).isEqualTo("0,5");
        assertThat(reloaded.findElement(By.name("note")).getAttribute("value")).isEqualTo(note);
        assertThat(jdbc.sql("select status from score_assessment where id = ?").param(assessment).query(String.class).single())
                .as("the assessment's status after an autosave").isEqualTo(status).isNotEqualTo("SUBMITTED");
    }
}
