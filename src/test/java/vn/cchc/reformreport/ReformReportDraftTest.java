package vn.cchc.reformreport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A unit's quarter I report of 2025 drawn up from the tasks and dossiers of its cut-off window. */
@UsesDemoData("the administrator sends the fixture's dossier file; procedure 2.000488 of the demo catalogue")
class ReformReportDraftTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportSubmissions submissions;
    @Autowired
    ReportPeriods periods;

    private ReportView drafted() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context).withTasks();
        mvc.perform(post("/api/v1/dossiers/ingest").param("name", "ho-so-" + f.unitCode + ".csv").contentType("text/csv")
                .content(f.dossierCsv().getBytes(java.nio.charset.StandardCharsets.UTF_8)).with(as("admin")))
                .andExpect(status().isOk());
        return f.as(f.officer, () -> submissions.view(f.unit(), periods.resolve(ReformReportFixture.PERIOD)));
    }

    private static Map<String, Long> byCode(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::code, f -> f.computed() == null ? -1 : f.computed()));
    }

    @Test
    void theQuarterOneWindowRunsFromTheFifteenthOfDecemberToTheFourteenthOfMarch() {
        ReportPeriod p = periods.resolve("2025-QUARTER_I");
        assertThat(p.from()).hasToString("2024-12-15");
        assertThat(p.to()).hasToString("2025-03-14");
        assertThat(p.unitDue()).isBefore(p.provinceDue());
    }

    @Test
    void theAppendixCountsTheTasksTheUnitLeadsThatFallDueInTheWindowByReformArea() throws Exception {
        Map<String, Long> f = byCode(drafted().figures());
        // Procedures: due 31/01, 28/02, 10/03 (the cancelled one left out): one on time, one late, one overdue on 14/03.
        assertThat(f).containsEntry("task-planned-PROCEDURES", 3L).containsEntry("task-on-time-PROCEDURES", 1L)
                .containsEntry("task-late-PROCEDURES", 1L).containsEntry("task-overdue-PROCEDURES", 1L);
        // Digital government: due on 14/03 itself, in progress, so not yet overdue.
        assertThat(f).containsEntry("task-planned-DIGITAL_GOVERNMENT", 1L).containsEntry("task-overdue-DIGITAL_GOVERNMENT", 0L);
        // Institutions: due 30/04, after the window.
        assertThat(f).doesNotContainKey("task-planned-INSTITUTIONS");
    }

    @Test
    void theAppendixCountsTheDossiersReceivedAndSettledInTheWindow() throws Exception {
        Map<String, Long> f = byCode(drafted().figures());
        // Received 20/12, 10/01, 01/03 (10/12 before, 15/03 after the window); two online, one paid online, two digitised.
        assertThat(f).containsEntry("dossier-received", 3L).containsEntry("dossier-online", 2L)
                .containsEntry("dossier-paid-online", 1L).containsEntry("dossier-digitised", 2L);
        // Finished 26/12 and 16/12 on time, 20/01 late with an apology.
        assertThat(f).containsEntry("dossier-finished", 3L).containsEntry("dossier-on-time", 2L)
                .containsEntry("dossier-late", 1L).containsEntry("dossier-apology", 1L);
    }

    @Test
    void theDraftedAssessmentWritesItsRatesTheVietnameseWay() throws Exception {
        ReportView v = drafted();
        // One task of four on time; two dossiers of three settled on time.
        assertThat(v.sections().get("ASSESSMENT")).contains("đạt 25 %").contains("đạt 66,7 %");
        assertThat(v.sections().get("LEADERSHIP")).contains("15/12/2024").contains("14/03/2025");
    }
}
