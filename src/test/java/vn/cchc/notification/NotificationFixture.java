package vn.cchc.notification;

import vn.cchc.UsesDemoData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.BoundedPoll;
import vn.cchc.indicator.Catalogue;
import vn.cchc.indicator.Indicator;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.PeriodType;
import vn.cchc.demo.DemoAccounts;
import vn.cchc.security.UserAdministration;
import vn.cchc.time.ProvinceTime;

import java.time.Duration;
import java.time.LocalDate;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notification tests' own unit officer, of Sở Xây dựng (a unit no other test reports for), with an e-mail
 * address, and the real way their unit's quarterly report is submitted and returned.
 */
@UsesDemoData("the demo accounts and reports")
@Component
class NotificationFixture {

    static final String OFFICER = "thongbao.sxd";
    static final String EMAIL = "thongbao.sxd@xaydung.nghean.gov.vn";
    static final String UNIT = "SO_XAY_DUNG";

    private final JdbcClient jdbc;
    private final UserAdministration users;
    private final UserDetailsService details;
    private final Catalogue catalogue;

    // A provider: the class is a component of the test classpath, so it also exists in the contexts some tests start
    // themselves (a second node, a refused start-up), which have no MockMvc.
    private final org.springframework.beans.factory.ObjectProvider<MockMvc> mvc;

    NotificationFixture(JdbcClient jdbc, UserAdministration users, UserDetailsService details, Catalogue catalogue,
                        org.springframework.beans.factory.ObjectProvider<MockMvc> mvc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.users = users;
        this.details = details;
        this.catalogue = catalogue;
    }

    /** Creates the officer once, through the administrator's user form, and returns their id. */
    synchronized long officer() {
        return users.findByUsername(OFFICER).map(a -> a.id()).orElseGet(() -> {
            try {
                mvc.getObject().perform(post("/admin/users/new").param("username", OFFICER).param("fullName", "Võ Thị Thu Hà (Sở Xây dựng)")
                                .param("email", EMAIL).param("unitId", String.valueOf(unitId())).param("roles", "UNIT_OFFICER")
                                .param("enabled", "true").param("password", DemoAccounts.PASSWORD)
                                .with(user(details.loadUserByUsername("admin"))).with(csrf()))
                        .andExpect(status().is3xxRedirection());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return userId(OFFICER);
        });
    }

    long unitId() {
        return jdbc.sql("select id from unit where code = ?").param(UNIT).query(Long.class).single();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    Period quarter() {
        return Period.containing(PeriodType.QUARTER, LocalDate.now(ProvinceTime.ZONE));
    }

    /** Sở Xây dựng submits the quarter's report (started afresh) and Sở Nội vụ returns it; returns the report's id. */
    long submitAndReturn(MockMvc mvc, String reason) throws Exception {
        officer();
        String url = "/api/v1/indicators/reports/" + UNIT + "/" + quarter().key();
        jdbc.sql("delete from ind_report_value where report_id in (select id from ind_report where unit_id = ? and period_key = ?)")
                .params(unitId(), quarter().key()).update();
        jdbc.sql("delete from ind_report where unit_id = ? and period_key = ?").params(unitId(), quarter().key()).update();
        mvc.perform(post(url + "/submit").with(user(details.loadUserByUsername(OFFICER))).contentType("application/json")
                .content(complete())).andExpect(status().isOk());
        mvc.perform(post(url + "/return").with(user(details.loadUserByUsername("snv.cchc"))).contentType("application/json")
                .content("{\"reason\": \"" + reason + "\"}")).andExpect(status().isOk());
        return jdbc.sql("select id from ind_report where unit_id = ? and period_key = ?").params(unitId(), quarter().key())
                .query(Long.class).single();
    }

    /** Waits (bounded) for the notice of that thing and reason to reach the user; returns its id. */
    long awaitNotice(String username, String thingType, Object thingId, Reason reason) {
        String sql = """
                select n.id from notification n join app_user u on u.id = n.user_id
                where u.username = ? and n.thing_type = ? and n.thing_id = ? and n.reason = ?""";
        boolean arrived = BoundedPoll.until(Duration.ofSeconds(20), () -> jdbc.sql(sql)
                .params(username, thingType, String.valueOf(thingId), reason.name()).query(Long.class).optional().isPresent());
        assertThat(arrived).as("notice %s %s:%s for %s", reason, thingType, thingId, username).isTrue();
        return jdbc.sql(sql).params(username, thingType, String.valueOf(thingId), reason.name()).query(Long.class).single();
    }

    /** Every publication of the event type whose payload mentions this text has been handled by its listeners. */
    boolean awaitHandled(String eventType, String payloadPart) {
        return BoundedPoll.until(Duration.ofSeconds(20), () -> jdbc.sql("""
                        select count(*) from event_publication where event_type like ? and serialized_event like ?
                        and completion_date is null""")
                .params("%" + eventType, "%" + payloadPart + "%").query(Long.class).single() == 0);
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
