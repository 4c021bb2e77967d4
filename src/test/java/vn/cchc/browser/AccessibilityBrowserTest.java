package vn.cchc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no serious or critical violation (labels, contrast, landmarks, language) on the main page of each
 * role: signed out, the unit officer, the standing agency, the leader.
 */
@UsesDemoData("the demo accounts, plans, Sở Tư pháp's tasks, report form and self-assessment, the published round")
class AccessibilityBrowserTest extends BrowserTest {

    private void assertAccessible(String path, By ready) {
        browser.get(baseUrl() + path);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(ready));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(path + " language").isEqualTo("vi");
        assertThat(Axe.seriousViolations(browser)).as("serious or critical accessibility violations on " + path).isEmpty();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long stpTask() {
        return id("""
                select t.id from plan_task t join plan_task_assignee a on a.task_id = t.id and a.role = 'LEAD'
                join unit u on u.id = a.unit_id join plan p on p.id = t.plan_id
                where u.code = 'SO_TU_PHAP' and p.status = 'ISSUED' order by t.id limit 1""");
    }

    @Test
    void theLoginPage() {
        browser.manage().deleteAllCookies();
        assertAccessible("/login", By.id("username"));
    }

    @Test
    void thePublicResults() {
        browser.manage().deleteAllCookies();
        assertAccessible("/public/scoring/" + id("select id from score_round where status = 'PUBLISHED' order by id limit 1"),
                By.tagName("table"));
    }

    @Test
    void theUnitOfficersHome() {
        signIn("stp.cchc");
        assertAccessible("/", By.tagName("main"));
    }

    @Test
    void myTasks() {
        signIn("stp.cchc");
        assertAccessible("/my-tasks", By.cssSelector(".task-table .task-link"));
    }

    @Test
    void thePlanPage() {
        signIn("stp.cchc");
        assertAccessible("/plans/" + id("select id from plan where status = 'ISSUED' order by id limit 1"), By.tagName("h1"));
    }

    @Test
    void theTaskPageWithItsProgressForm() {
        signIn("stp.cchc");
        assertAccessible("/plans/tasks/" + stpTask(), By.id("task-fields"));
    }

    @Test
    void theIndicatorReportForm() {
        signIn("stp.cchc");
        assertAccessible("/indicators/my", By.id("report-form"));
    }

    @Test
    void theSelfAssessmentSheet() {
        signIn("stp.cchc");
        assertAccessible("/scoring/assessments/" + id("""
                select a.id from score_assessment a join unit u on u.id = a.unit_id
                where u.code = 'SO_TU_PHAP' order by a.id desc limit 1"""), By.id("sheet"));
    }

    @Test
    void theStandingAgencysHome() {
        signIn("snv.cchc");
        assertAccessible("/", By.tagName("main"));
    }

    @Test
    void theFollowUpBoard() {
        signIn("snv.cchc");
        assertAccessible("/plans/board", By.tagName("table"));
    }

    @Test
    void theProcedureCatalogue() {
        signIn("snv.cchc");
        assertAccessible("/procedures?q=dang+ky", By.id("procedure-list"));
    }

    @Test
    void theLeadersHome() {
        signIn("lanhdao");
        assertAccessible("/", By.tagName("main"));
    }
}
