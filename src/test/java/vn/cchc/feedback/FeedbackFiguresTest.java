package vn.cchc.feedback;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.indicator.Measure;
import vn.cchc.indicator.Period;
import vn.cchc.reformreport.AppendixRow;
import vn.cchc.reformreport.ReportWindow;
import vn.cchc.reminder.Owed;
import vn.cchc.time.PinnableClock;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What the cases feed elsewhere, over May 2025 (30/04 and 01/05 are holidays): a case received on Friday 02/05 is due
 * on Friday 23/05; answered on 05/05 it is on time, answered on Monday 26/05 it is late.
 */
@UsesDemoData("the demo accounts snv.cchc and stp.cchc, Sở Tư pháp")
class FeedbackFiguresTest extends CchcIntegrationTest {

    private static final LocalDate RECEIVED = LocalDate.of(2025, 5, 2);
    private static final ReportWindow MAY = new ReportWindow("2025-M05", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31),
            LocalDate.of(2025, 5, 31), null);

    @Autowired
    PinnableClock clock;
    @Autowired
    FeedbackAppendix appendix;
    @Autowired
    FeedbackIndicator indicator;
    @Autowired
    FeedbackReminders reminders;

    private FeedbackFixture citizens;
    private long stp;

    @BeforeEach
    void fixture() {
        citizens = new FeedbackFixture(mvc, this::as);
        stp = jdbc.sql("select id from unit where code = 'SO_TU_PHAP'").query(Long.class).single();
    }

    @AfterEach
    void unpin() {
        clock.reset();
    }

    private String caseOfSoTuPhapReceivedOn2May(String title) throws Exception {
        clock.pin(RECEIVED);
        String code = citizens.submit(title, "Nội dung phản ánh: " + title);
        citizens.route(code, "SO_TU_PHAP");
        return code;
    }

    private void answerOn(String code, LocalDate day) throws Exception {
        clock.pin(day);
        citizens.step("stp.cchc", code, "answer", "answer", "Sở Tư pháp đã kiểm tra và trả lời.");
    }

    private Map<String, Long> appendixOfSoTuPhap() {
        return appendix.rows(stp, MAY).stream().collect(Collectors.toMap(AppendixRow::code, AppendixRow::value));
    }

    @Test
    void theUnitsReformReportCountsOneReceivedOnTimeAndOneLate() throws Exception {
        Map<String, Long> before = appendixOfSoTuPhap();
        String onTime = caseOfSoTuPhapReceivedOn2May("Trả lời đúng hạn");
        String late = caseOfSoTuPhapReceivedOn2May("Trả lời quá hạn");
        answerOn(onTime, LocalDate.of(2025, 5, 5));
        answerOn(late, LocalDate.of(2025, 5, 26));
        Map<String, Long> after = appendixOfSoTuPhap();
        assertThat(after.get("feedback-received") - before.get("feedback-received")).isEqualTo(2);
        assertThat(after.get("feedback-answered-on-time") - before.get("feedback-answered-on-time")).isEqualTo(1);
        assertThat(after.get("feedback-answered-late") - before.get("feedback-answered-late")).isEqualTo(1);
    }

    @Test
    void indicator52CountsTheCaseAnsweredByItsDueDayOverBothCases() throws Exception {
        Measure before = indicator.unitValues(Period.parse("2025-M05")).getOrDefault(stp, Map.of())
                .getOrDefault(FeedbackIndicator.ON_TIME, Measure.of(0, 0));
        answerOn(caseOfSoTuPhapReceivedOn2May("Chỉ số 5.2 đúng hạn"), LocalDate.of(2025, 5, 5));
        answerOn(caseOfSoTuPhapReceivedOn2May("Chỉ số 5.2 quá hạn"), LocalDate.of(2025, 5, 26));
        Measure after = indicator.unitValues(Period.parse("2025-M05")).get(stp).get(FeedbackIndicator.ON_TIME);
        assertThat(after.numerator().subtract(before.numerator())).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(after.denominator().subtract(before.denominator())).isEqualByComparingTo(BigDecimal.valueOf(2));
    }

    @Test
    void anUnansweredCaseIsRemindedThreeWorkingDaysBeforeItsDueDayAndOnTheFirstWorkingDayAfter() throws Exception {
        String code = caseOfSoTuPhapReceivedOn2May("Nhắc hạn trả lời");
        // due Friday 23/05: three working days before is Tuesday 20/05; the first working day after is Monday 26/05
        assertThat(kinds(reminders.owedOn(LocalDate.of(2025, 5, 20)), code)).containsExactly(FeedbackReminders.DUE_SOON);
        assertThat(kinds(reminders.owedOn(LocalDate.of(2025, 5, 19)), code)).isEmpty();
        assertThat(kinds(reminders.owedOn(LocalDate.of(2025, 5, 26)), code)).containsExactly(FeedbackReminders.OVERDUE);
        assertThat(kinds(reminders.overdueOn(LocalDate.of(2025, 5, 26)), code)).containsExactly(FeedbackReminders.OVERDUE);
    }

    @Test
    void aCaseWaitingForTheCitizenIsNotReminded() throws Exception {
        String code = caseOfSoTuPhapReceivedOn2May("Chờ bổ sung không nhắc");
        citizens.step("stp.cchc", code, "ask", "question", "Đề nghị gửi ảnh biên lai.");
        assertThat(kinds(reminders.owedOn(LocalDate.of(2025, 5, 26)), code)).isEmpty();
    }

    @Test
    void theStandingAgencySeesTheWindowsCasesByAssignedUnitAndByField() throws Exception {
        caseOfSoTuPhapReceivedOn2May("Số liệu theo đơn vị và lĩnh vực");
        clock.reset();
        String page = mvc.perform(get("/feedback/statistics").param("from", "01/05/2025").param("to", "31/05/2025")
                .with(as("snv.cchc"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsPattern("(?s)id=\"feedback-by-unit\".*<td>Sở Tư pháp</td>")
                .containsPattern("(?s)id=\"feedback-by-field\".*<td>Hộ tịch, chứng thực</td>");
    }

    private static List<String> kinds(List<Owed> owed, String code) {
        return owed.stream().filter(o -> o.thing().id().equals(code)).map(Owed::kind).toList();
    }
}
