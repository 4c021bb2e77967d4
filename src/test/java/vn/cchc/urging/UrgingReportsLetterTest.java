package vn.cchc.urging;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.indicator.PeriodType;
import vn.cchc.indicator.MissingReports;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.Reports;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Urging letters from the reporting-rate board: the owed reports of a period whose due date has passed. */
@UsesDemoData("the demo's reports of the previous quarter")
class UrgingReportsLetterTest extends CchcIntegrationTest {

    /** Long past in any run of the suite, and a quarter the province's units report for. */
    private static final String PERIOD = "2025-Q1";

    @Autowired
    MissingReports missing;

    @Autowired
    Reports reports;

    @Autowired
    ApplicationContext context;

    @Autowired
    java.time.Clock clock;

    @Test
    void aLetterForAPeriodListsEachPickedUnitsOwedReportWithItsDueDate() throws Exception {
        String agency = new TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU");
        List<Long> owing = missing.of(PERIOD).stream().limit(2).map(m -> m.unit().id()).toList();
        LocalDate due = reports.dueOn(Period.parse(PERIOD));

        long letter = UrgingFixture.letterOf(mvc.perform(post("/urging/letters").with(csrf()).with(as(agency))
                .param("key", UrgingFixture.key()).param("source", "REPORTS").param("period", PERIOD)
                .param("unitIds", owing.get(0).toString()).param("unitIds", owing.get(1).toString())).andReturn());

        assertThat(owing).hasSize(2);
        assertThat(jdbc.sql("select unit_id || ' ' || period_key || ' ' || due from urging_letter_item where letter_id = ?"
                        + " order by unit_id").param(letter).query(String.class).list())
                .containsExactly(owing.stream().sorted().map(u -> u + " " + PERIOD + " " + due).toArray(String[]::new));
    }

    @Test
    void aUnitThatSentItsReportIsNotUrgedForIt() throws Exception {
        String agency = new TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU");
        String previous = Period.containing(PeriodType.QUARTER, LocalDate.now(clock)).previous().key();
        Long sent = jdbc.sql("""
                        select unit_id from ind_report where period_key = ? and status in ('SUBMITTED', 'APPROVED')
                        order by unit_id limit 1""").param(previous).query(Long.class).optional().orElse(null);
        long before = jdbc.sql("select count(*) from urging_letter").query(Long.class).single();

        var result = mvc.perform(post("/urging/letters").with(csrf()).with(as(agency)).param("key", UrgingFixture.key())
                .param("source", "REPORTS").param("period", previous).param("unitIds", String.valueOf(sent))).andReturn();

        assertThat(sent).as("a unit reported for %s", previous).isNotNull();
        assertThat(result.getFlashMap().get("flashErrorText")).asString().contains("đã gửi báo cáo kỳ " + previous);
        assertThat(jdbc.sql("select count(*) from urging_letter").query(Long.class).single()).isEqualTo(before);
    }
}
