package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.UsesDemoData;
import vn.cchc.browser.BrowserTest;
import vn.cchc.directory.Directory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer who uses no mouse posts a task's progress with Tab, typing and Enter only. */
@UsesDemoData("the demo accounts")
class KeyboardProgressBrowserTest extends BrowserTest {

    private static final int MAX_TABS = 200;

    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    TransactionTemplate tx;

    /** Keys as the keyboard sends them, to whatever has the focus (a file input's sendKeys would choose a file). */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses Tab until the element with this id has the focus; fails when it cannot be reached. */
    private void tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("#" + id + " not reached in " + MAX_TABS + " presses of Tab");
    }

    @Test
    void progressIsPostedWithTabTypingAndEnterOnly() {
        PlanDraft.Task t = PlanFixtures.task("3", "Rà soát, đơn giản hóa thủ tục hành chính nội bộ",
                PlanFixtures.unit(directory, "SO_TU_PHAP"), "Sở Tư pháp", LocalDate.of(2030, 6, 30));
        long planId = tx.execute(s -> publication.publish(PlanFixtures.plan(List.of(t)), false)).planId();
        long task = jdbc.sql("select id from plan_task where plan_id = ?").param(planId).query(Long.class).single();
        String note = "Gửi bằng bàn phím: đã họp triển khai, đạt 60%.";
        signIn("stp.cchc");
        browser.get(baseUrl() + "/plans/tasks/" + task);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.id("progress-form")));

        tabTo("percent");
        press(Keys.chord(Keys.CONTROL, "a"), "60");
        tabTo("note");
        press(note);
        tabTo("progress-submit");
        press(Keys.ENTER);

        waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-history"), note));
        assertThat(jdbc.sql("select concat(status, '|', percent) from task_progress where task_id = ? and note = ?")
                .params(task, note).query(String.class).single()).isEqualTo("IN_PROGRESS|60");
    }
}
