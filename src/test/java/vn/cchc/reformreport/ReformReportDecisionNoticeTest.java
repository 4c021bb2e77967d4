package vn.cchc.reformreport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.BoundedPoll;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The unit's officers hear when the standing agency returns or accepts their quarter I report of 2025. */
class ReformReportDecisionNoticeTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PinnableClock clock;

    @AfterEach
    void unpin() {
        clock.reset();
    }

    private record Decided(ReformReportFixture unit, String standingAgency, String path) {
    }

    private Decided submitted() throws Exception {
        clock.pin(LocalDate.of(2025, 3, 14));
        ReformReportFixture f = new ReformReportFixture(context);
        String path = "/reform-reports/" + f.unitCode + "/" + ReformReportFixture.PERIOD;
        mvc.perform(post(path).param("action", "submit").param("version", "0")
                .param("section_LEADERSHIP", "Ban hành kế hoạch cải cách hành chính năm 2025.")
                .param("section_RESULTS", "Rà soát 12 thủ tục hành chính.").param("section_ASSESSMENT", "Hoàn thành cơ bản.")
                .param("section_NEXT_TASKS", "Tiếp tục rà soát.").with(as(f.officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return new Decided(f, new TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU"), path);
    }

    /** The titles of the notices of that reason the unit's officer has about its report, once they arrive. */
    private List<String> noticesOf(ReformReportFixture f, String reason) {
        String sql = """
                select n.title || ' -> ' || n.link from notification n join app_user u on u.id = n.user_id
                where u.username = ? and n.thing_type = 'reform_report' and n.reason = ?""";
        BoundedPoll.until(Duration.ofSeconds(20), () -> !jdbc.sql(sql).params(f.officer, reason).query(String.class).list().isEmpty());
        return jdbc.sql(sql).params(f.officer, reason).query(String.class).list();
    }

    @Test
    void aReturnedReformReportTellsTheUnitsOfficerWhyAndLinksToTheReport() throws Exception {
        Decided d = submitted();
        mvc.perform(post(d.path() + "/return").param("reason", "Bổ sung số liệu hồ sơ trực tuyến.")
                .with(as(d.standingAgency())).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(noticesOf(d.unit(), "REFORM_REPORT_RETURNED")).containsExactly("Báo cáo CCHC quý I năm 2025 của "
                + d.unit().unit().name() + " bị trả lại: Bổ sung số liệu hồ sơ trực tuyến. -> " + d.path());
    }

    @Test
    void anAcceptedReformReportTellsTheUnitsOfficerOnceForTwoClicks() throws Exception {
        Decided d = submitted();
        mvc.perform(post(d.path() + "/accept").with(as(d.standingAgency())).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(d.path() + "/accept").with(as(d.standingAgency())).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(noticesOf(d.unit(), "REFORM_REPORT_ACCEPTED")).containsExactly("Báo cáo CCHC quý I năm 2025 của "
                + d.unit().unit().name() + " đã được tiếp nhận. -> " + d.path());
    }
}
