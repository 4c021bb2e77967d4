package vn.cchc.reminder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reform report of quarter III 2025 (data to 14/09, due to Sở Nội vụ on Tuesday 16/09/2025) of a department of
 * the test's own: reminded 7 working days before (Friday 05/09: 08–12 and 15–16/09 are the seven), 1 working day
 * before (Monday 15/09), on the first working day missed (Wednesday 17/09) and five working days later (Wednesday
 * 24/09), each once, and no more once the report is sent.
 */
class ReformReportRemindersTest extends CchcIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String PERIOD = "2025-QUARTER_III";

    @Autowired
    ReminderJob.DailyRun job;
    @Autowired
    Reminders reminders;
    @Autowired
    RemindersCommand command;
    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationContext context;

    private String unitCode;
    private long unitId;
    private String officer;

    @BeforeEach
    void aDepartmentOfItsOwnValidIn2025() {
        int n = SEQ.incrementAndGet() + (int) (System.nanoTime() % 100_000) * 100;
        unitCode = "SO_NHAC_BC_" + n;
        unitId = jdbc.sql("""
                        insert into unit (code, name, kind, search_key, valid_from, valid_to)
                        values (?, ?, 'DEPARTMENT', ?, date '2025-01-01', date '2025-12-31') returning id""")
                .params(unitCode, "Sở Nhắc Báo Cáo " + n, "so nhac bao cao " + n).query(Long.class).single();
        officer = new TestAccounts(context).create(Role.UNIT_OFFICER, unitCode);
    }

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private void runOn(LocalDate day) {
        clock.pin(day);
        job.on(day);
    }

    private void runFrom(LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            runOn(day);
        }
    }

    /** The officer's reminders of the quarter III report (the earlier periods of 2025 are owed too, and reminded). */
    private List<String> notices() {
        return jdbc.sql("""
                        select n.thing_id from notification n join app_user u on u.id = n.user_id
                        where u.username = ? and n.thing_type = 'reform_report' and n.reason = 'REMINDER' and n.thing_id like ?
                        order by n.id""")
                .params(officer, unitId + "/" + PERIOD + "/%").query(String.class).list();
    }

    private String thing(String kind) {
        return unitId + "/" + PERIOD + "/" + kind;
    }

    @Test
    void eachReminderOfTheQuarterThreeReportArrivesOnceOnTheWorkingDayItFallsOn() {
        runOn(LocalDate.of(2025, 9, 4));
        assertThat(notices()).as("8 working days before").isEmpty();

        runOn(LocalDate.of(2025, 9, 5));
        assertThat(notices()).containsExactly(thing("REFORM_REPORT_DUE_IN_7"));

        runFrom(LocalDate.of(2025, 9, 6), LocalDate.of(2025, 9, 24));

        assertThat(notices()).containsExactly(thing("REFORM_REPORT_DUE_IN_7"), thing("REFORM_REPORT_DUE_IN_1"),
                thing("REFORM_REPORT_MISSED/W1"), thing("REFORM_REPORT_MISSED/W2"));
    }

    @Test
    void theSameDayRunTwiceSendsNothingNew() {
        runOn(LocalDate.of(2025, 9, 15));
        List<String> first = notices();

        int again = reminders.send(LocalDate.of(2025, 9, 15));

        assertThat(first).containsExactly(thing("REFORM_REPORT_DUE_IN_1"));
        assertThat(again).isZero();
        assertThat(notices()).isEqualTo(first);
    }

    @Test
    void aReportSentAfterTheFirstMissedReminderIsNotRemindedAgain() throws Exception {
        runOn(LocalDate.of(2025, 9, 17));
        clock.pin(LocalDate.of(2025, 9, 18));
        mvc.perform(post("/reform-reports/" + unitCode + "/" + PERIOD).param("action", "submit").param("version", "0")
                        .param("section_LEADERSHIP", "Ban hành kế hoạch cải cách hành chính năm 2025.")
                        .param("section_RESULTS", "Rà soát 8 thủ tục hành chính.").param("section_ASSESSMENT", "Hoàn thành cơ bản.")
                        .param("section_NEXT_TASKS", "Tiếp tục rà soát.").with(as(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        runFrom(LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 24));

        assertThat(notices()).containsExactly(thing("REFORM_REPORT_MISSED/W1"));
    }

    @Test
    void theRemindersCommandPrintsTheReportDueInSevenWorkingDaysForTheUnitsOfficer() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        clock.pin(LocalDate.of(2025, 9, 5));
        int code = command.run(List.of("--on", "2025-09-05"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<JsonNode> mine = new ArrayList<>();
        JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8)).forEach(n -> {
            if (n.get("user").asString().equals(officer) && n.get("thing").get("id").asString().endsWith(PERIOD)) {
                mine.add(n);
            }
        });

        assertThat(code).isZero();
        assertThat(mine).hasSize(1);
        JsonNode r = mine.get(0);
        assertThat(r.get("kind").asString()).isEqualTo("REFORM_REPORT_DUE_IN_7");
        assertThat(r.get("unit").asString()).isEqualTo(unitCode);
        assertThat(r.get("thing").get("id").asString()).isEqualTo(unitId + "/" + PERIOD);
        assertThat(r.get("due").asString()).isEqualTo("2025-09-16");
        assertThat(r.get("reason").asString()).isEqualTo(
                "Còn 7 ngày làm việc đến hạn gửi Báo cáo CCHC quý III (9 tháng) năm 2025 của Sở Nhắc Báo Cáo "
                        + unitCode.substring("SO_NHAC_BC_".length()) + " về Sở Nội vụ (hạn 16/09/2025).");
        assertThat(notices()).as("printing sends nothing").isEmpty();
    }
}
