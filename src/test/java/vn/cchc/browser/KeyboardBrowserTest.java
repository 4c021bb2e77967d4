package vn.cchc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer who uses no mouse posts a task's progress with Tab, typing and Enter only. */
@UsesDemoData("the demo accounts and an open task Sở Tư pháp leads in an issued plan")
class KeyboardBrowserTest extends BrowserTest {

    private static final int MAX_TABS = 200;

    /** Presses Tab until the element with this id has the focus; fails when it cannot be reached. */
    private WebElement tabTo(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            WebElement focused = browser.switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("#" + id + " not reached in " + MAX_TABS + " presses of Tab");
    }

    /** Keys as the keyboard sends them, to whatever has the focus (a file input's sendKeys would choose a file). */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    @Test
    void progressIsPostedWithTabTypingAndEnterOnly() {
        long task = jdbc.sql("""
                        select t.id from plan_task t join plan_task_assignee a on a.task_id = t.id and a.role = 'LEAD'
                        join unit u on u.id = a.unit_id join plan p on p.id = t.plan_id
                        where u.code = 'SO_TU_PHAP' and p.status = 'ISSUED' and t.status not in ('DONE', 'CANCELLED')
                        order by t.id desc limit 1""")
                .query(Long.class).single();
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
