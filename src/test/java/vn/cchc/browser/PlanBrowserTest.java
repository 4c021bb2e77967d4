package vn.cchc.browser;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end flow: the standing agency imports seed 001, corrects a field in review and publishes;
 * Sở Tư pháp's officer reports its part of a task led by "Các sở, ban, ngành" done with an evidence PDF; the
 * standing agency confirms; the board counts Sở Tư pháp's part done on time instead of overdue.
 */
@UsesDemoData("the demo accounts")
class PlanBrowserTest extends BrowserTest {

    private static final Path SEED_001 = Path.of("src/main/resources/demo/plans/001_b60d195b2e0bc6bf.txt").toAbsolutePath();

    /** A small real PDF (one page, one line of text), as an officer would scan or export. */
    private static Path evidencePdf() throws Exception {
        Path file = Files.createTempFile("bao-cao-ket-qua-", ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Bao cao ket qua thuc hien nhiem vu CCHC - So Tu phap");
                text.endText();
            }
            doc.save(file.toFile());
        }
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * Presses a submit button as the user would. On a long page (a task shared by twenty departments) headless
     * Chromium may report the button as covered; the form is then submitted by that same button.
     */
    private void press(By by) {
        WebElement button = browser.findElement(by);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        try {
            button.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            js.executeScript("arguments[0].form.requestSubmit(arguments[0])", button);
        }
    }

    private int boardCount(long planId, long unitId, String state) {
        browser.get(baseUrl() + "/plans/board?planId=" + planId + "&unitId=" + unitId);
        return Integer.parseInt(browser.findElement(By.cssSelector(
                "#board-units tr[data-unit-id='" + unitId + "'] td[data-state='" + state + "']")).getText().strip());
    }

    @Test
    void importPublishReportWithEvidenceConfirmAndSeeTheBoardChange() throws Exception {
        signIn("snv.cchc");
        browser.get(baseUrl() + "/plans/import");
        browser.findElement(By.id("file")).sendKeys(SEED_001.toString());
        browser.findElement(By.id("import-submit")).click();
        waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));

        WebElement output = browser.findElement(By.id("t0.output"));
        String corrected = output.getAttribute("value") + " (đã soát xét)";
        output.clear();
        output.sendKeys(corrected);
        browser.findElement(By.id("review-publish")).click();
        answerConfirmation(true);
        waitUpTo(15).until(ExpectedConditions.urlMatches("/plans/\\d+$"));
        // a section's tasks load when it is opened
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('details.plan-section').open = true");
        waitUpTo(10).until(d -> d.getPageSource().contains(corrected));
        assertThat(browser.getPageSource()).contains(corrected);
        long planId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/plans/(\\d+)$", "$1"));

        long soTuPhap = jdbc.sql("select id from unit where code = 'SO_TU_PHAP'").query(Long.class).single();
        // Seed 001 names Sở Tư pháp only through "Các sở, ban, ngành": it reports its own part of such a task.
        long taskId = jdbc.sql("""
                        select t.id from plan_task t join plan_task_assignee a on a.task_id = t.id
                        where t.plan_id = ? and a.role = 'LEAD' and a.unit_id = ? and a.status <> 'DONE' and a.review = 'NONE'
                          and t.status in ('NOT_STARTED', 'IN_PROGRESS') and t.extended_due is null
                          and exists (select 1 from plan_task_milestone m where m.task_id = t.id and m.due < current_date)
                        order by t.position limit 1""")
                .params(planId, soTuPhap).query(Long.class).single();
        LocalDate due = jdbc.sql("select max(due) from plan_task_milestone where task_id = ?").param(taskId)
                .query(LocalDate.class).single();
        int overdueBefore = boardCount(planId, soTuPhap, "OVERDUE");
        int doneBefore = boardCount(planId, soTuPhap, "DONE_ON_TIME");

        signIn("stp.cchc");
        browser.get(baseUrl() + "/plans/tasks/" + taskId);
        new Select(browser.findElement(By.id("status"))).selectByValue("DONE");
        browser.findElement(By.id("outputNumber")).sendKeys("15/BC-STP");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("outputDate")), vn.cchc.vietnamese.VietnameseDates.format(due.minusDays(3)));
        browser.findElement(By.id("note")).sendKeys("Đã ban hành văn bản, gửi kèm báo cáo.");
        Path pdf = evidencePdf();
        browser.findElement(By.id("files")).sendKeys(pdf.toString());
        press(By.id("progress-submit"));
        waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-history .evidence-link")));
        assertThat(browser.findElement(By.cssSelector("#progress-history .evidence-link")).getText())
                .isEqualTo(pdf.getFileName().toString());

        signIn("snv.cchc");
        browser.get(baseUrl() + "/plans/tasks/" + taskId);
        press(By.cssSelector(".confirm-button"));
        answerConfirmation(true);
        waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                ".unit-progress-row[data-unit-id='" + soTuPhap + "'][data-state='DONE_ON_TIME']")));

        assertThat(boardCount(planId, soTuPhap, "OVERDUE")).isEqualTo(overdueBefore - 1);
        assertThat(boardCount(planId, soTuPhap, "DONE_ON_TIME")).isEqualTo(doneBefore + 1);
    }
}
