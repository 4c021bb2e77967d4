package vn.cchc.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What the officer sees in the browser: charts on honest axes, and steps that cannot be undone asking first. */
@UsesDemoData("the demo accounts, the demo rounds")
class WhatTheUserSeesBrowserTest extends BrowserTest {

    @SuppressWarnings("unchecked")
    private List<Number> script(String js) {
        return (List<Number>) ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void theResultsBarOfAUnitEndsAtItsIndexOnAnAxisFromZeroToOneHundred() {
        long round = jdbc.sql("select id from score_round where demo and year = 2024").query(Long.class).single();
        signIn("snv.cchc");
        browser.get(baseUrl() + "/scoring/rounds/" + round + "/results");
        waitUpTo(10).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector('canvas.scoring-bars'); return !!(c && Chart.getChart(c));"));

        List<Number> axis = script("""
                var c = Chart.getChart(document.querySelector('canvas.scoring-bars'));
                var x = c.scales.x, v = c.data.datasets[0].data[0];
                return [x.min, x.max, v, c.getDatasetMeta(0).data[0].x, x.getPixelForValue(v), x.getPixelForValue(0), x.left];""");

        assertThat(axis.get(0).doubleValue()).isZero();
        assertThat(axis.get(1).doubleValue()).isEqualTo(100);
        assertThat(axis.get(2).doubleValue()).isGreaterThan(50);
        assertThat(axis.get(3).doubleValue()).as("the bar ends where its index is on the axis").isCloseTo(axis.get(4).doubleValue(), within(1.0));
        assertThat(axis.get(5).doubleValue()).as("the axis starts at the chart's left edge").isCloseTo(axis.get(6).doubleValue(), within(1.0));
    }

    @Test
    void aTrendOfARateIsDrawnOnAnAxisFromZeroToOneHundred() {
        signIn("lanhdao");
        browser.get(baseUrl() + "/indicators/units/TINH?indicator=CS766_2_1");
        waitUpTo(10).until(d -> "true".equals(d.findElement(By.id("trend-chart")).getAttribute("data-rendered")));

        List<Number> axis = script("var y = Chart.getChart(document.getElementById('trend-chart')).scales.y; return [y.min, y.max];");

        assertThat(axis.get(0).doubleValue()).isZero();
        assertThat(axis.get(1).doubleValue()).isEqualTo(100);
    }

    @Test
    void closingAPlanAsksFirstAndADeclinedQuestionLeavesItOpen() {
        long plan = jdbc.sql("select id from plan where status = 'ISSUED' order by id limit 1").query(Long.class).single();
        signIn("snv.cchc");
        browser.get(baseUrl() + "/plans/" + plan);
        browser.findElement(By.id("close-reason")).sendKeys("Đã hoàn thành các nhiệm vụ trong năm");
        browser.findElement(By.cssSelector("#close-form button[type=submit]")).click();

        String question = answerConfirmation(false);

        assertThat(question).startsWith("Đóng kế hoạch này?");
        waitUpTo(5).until(ExpectedConditions.presenceOfElementLocated(By.id("close-form")));
        assertThat(jdbc.sql("select status from plan where id = ?").param(plan).query(String.class).single()).isEqualTo("ISSUED");
    }
}
