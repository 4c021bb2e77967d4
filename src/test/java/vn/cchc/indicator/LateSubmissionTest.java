package vn.cchc.indicator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Late submission of a locked period, on Monday 05/05/2025 when the 2024 quarters and the first quarter of 2025 are
 * locked: Thanh tra tỉnh asks, Sở Nội vụ grants until Friday 09/05 or refuses; inside the window the report is
 * accepted, after it the period is locked again. Each test uses a quarter of its own.
 */
class LateSubmissionTest extends CchcIntegrationTest {

    private static final String UNIT = "THANH_TRA_TINH";
    private static final LocalDate TODAY = LocalDate.of(2025, 5, 5);
    private static final LocalDate UNTIL = LocalDate.of(2025, 5, 9);

    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    Catalogue catalogue;

    private String officer;
    private String standing;

    @BeforeEach
    void accountsAndTheFifthOfMay() {
        TestAccounts accounts = new TestAccounts(context);
        officer = accounts.create(Role.UNIT_OFFICER, UNIT);
        standing = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        clock.pin(TODAY);
    }

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private void request(String username, String unit, String period, String reason) throws Exception {
        mvc.perform(post("/indicators/late-requests").param("unitCode", unit).param("period", period)
                .param("reason", reason).with(as(username)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private long requestId(String unit, String period) {
        return jdbc.sql("""
                        select r.id from ind_late_request r join unit u on u.id = r.unit_id
                        where u.code = ? and r.period_key = ? order by r.id desc limit 1""")
                .params(unit, period).query(Long.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from ind_late_request where id = ?").param(id).query(String.class).single();
    }

    private void grant(String username, long id, String until) throws Exception {
        mvc.perform(post("/indicators/late-requests/" + id + "/grant").param("openUntil", until)
                .with(as(username)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private int submit(String period) throws Exception {
        return mvc.perform(post("/api/v1/indicators/reports/" + UNIT + "/" + period + "/submit").with(as(officer))
                .contentType("application/json").content(complete())).andReturn().getResponse().getStatus();
    }

    @Test
    void aGrantedRequestLetsTheOfficerSubmitInsideTheWindowAndTellsTheUnit() throws Exception {
        assertThat(submit("2024-Q1")).as("locked before the request").isEqualTo(409);
        request(officer, UNIT, "2024-Q1", "Cán bộ đầu mối nghỉ ốm dài ngày, chưa tổng hợp kịp số liệu");
        long id = requestId(UNIT, "2024-Q1");
        assertThat(statusOf(id)).isEqualTo("REQUESTED");

        grant(standing, id, "09/05/2025");
        clock.pin(LocalDate.of(2025, 5, 8));

        assertThat(statusOf(id)).isEqualTo("GRANTED");
        assertThat(submit("2024-Q1")).isEqualTo(200);
        boolean told = BoundedPoll.until(Duration.ofSeconds(20), () -> jdbc.sql("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = ? and n.thing_type = 'ind_late_request' and n.thing_id = ?
                          and n.reason = 'LATE_SUBMISSION_GRANTED' and n.title like '%09/05/2025%'""")
                .params(officer, String.valueOf(id)).query(Long.class).single() == 1);
        assertThat(told).as("the officer is told of the window").isTrue();
    }

    @Test
    void afterTheWindowThePeriodIsLockedAgain() throws Exception {
        request(officer, UNIT, "2024-Q2", "Số liệu của Bộ phận Một cửa chưa được đối chiếu");
        grant(standing, requestId(UNIT, "2024-Q2"), "09/05/2025");

        clock.pin(UNTIL.plusDays(3));

        assertThat(submit("2024-Q2")).isEqualTo(409);
    }

    @Test
    void aRefusalNeedsAReasonAndKeepsThePeriodLocked() throws Exception {
        request(officer, UNIT, "2024-Q3", "Chưa nhận được số liệu từ các phòng chuyên môn");
        long id = requestId(UNIT, "2024-Q3");

        mvc.perform(post("/indicators/late-requests/" + id + "/refuse").param("reason", " ").with(as(standing)).with(csrf()))
                .andExpect(flash().attribute("flashError", "indicator.late.error.refusalReason"));
        assertThat(statusOf(id)).isEqualTo("REQUESTED");
        mvc.perform(post("/indicators/late-requests/" + id + "/refuse").param("reason", "Đã quá hạn hơn một năm")
                .with(as(standing)).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("REFUSED");
        assertThat(submit("2024-Q3")).isEqualTo(409);
    }

    @Test
    void anOfficerOfAnotherUnitCannotRequestForThisUnit() throws Exception {
        String stranger = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_NGOAI_VU");

        mvc.perform(post("/indicators/late-requests").param("unitCode", UNIT).param("period", "2024-Q4")
                        .param("reason", "Xin nộp thay").with(as(stranger)).with(csrf()))
                .andExpect(flash().attribute("flashError", "indicator.late.error.notYourUnit"));

        assertThat(jdbc.sql("""
                        select count(*) from ind_late_request r join unit u on u.id = r.unit_id
                        where u.code = ? and r.period_key = '2024-Q4'""").param(UNIT).query(Long.class).single()).isZero();
    }

    @Test
    void aDoubleClickGrantsOnce() throws Exception {
        request(officer, UNIT, "2025-Q1", "Hệ thống một cửa điện tử bị gián đoạn cuối quý");
        long id = requestId(UNIT, "2025-Q1");

        Parallel.times(2, () -> {
            grant(standing, id, "09/05/2025");
            return null;
        });

        assertThat(statusOf(id)).isEqualTo("GRANTED");
        assertThat(jdbc.sql("select count(*) from ind_lock_exception where late_request_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'ind_late_request' and entity_id = ?
                          and action = 'UPDATE'""").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void nobodyDecidesARequestOfTheirOwnUnit() throws Exception {
        request(standing, "SO_NOI_VU", "2024-Q1", "Phòng CCHC thiếu người trong quý");
        long id = requestId("SO_NOI_VU", "2024-Q1");
        String colleague = new TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU");

        mvc.perform(post("/indicators/late-requests/" + id + "/grant").param("openUntil", "09/05/2025")
                        .with(as(colleague)).with(csrf()))
                .andExpect(flash().attribute("flashError", "indicator.late.error.ownRequest"));

        assertThat(statusOf(id)).isEqualTo("REQUESTED");
    }

    /** Every ratio 10 / 10, yes for yes/no, 0 for counts, each with a note. */
    private String complete() {
        StringJoiner json = new StringJoiner(",", "{", "}");
        for (Indicator i : catalogue.form(PeriodType.QUARTER)) {
            String v = switch (i.measure()) {
                case RATIO -> "\"numerator\": 10, \"denominator\": 10";
                case BOOLEAN -> "\"numerator\": 1";
                default -> "\"numerator\": 0";
            };
            json.add("\"" + i.code() + "\": {" + v + ", \"comment\": \"Đã thực hiện theo kế hoạch\"}");
        }
        return json.toString();
    }
}
