package vn.cchc.reformreport;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The administrator edits a regime; an impossible one is refused with what is wrong, and nothing is written. */
@UsesDemoData("the administrator's account")
class RegimeAdministrationTest extends CchcIntegrationTest {

    private String regime() {
        return jdbc.sql("select concat_ws(',', from_previous_year, window_from_month, window_from_day, window_to_month, "
                + "window_to_day, unit_due_month, unit_due_day, province_due_month, province_due_day) "
                + "from reform_regime where regime = 'SIX_MONTHS'").query(String.class).single();
    }

    private MvcResult save(String from, boolean previousYear, String to, String unitDue, String provinceDue) throws Exception {
        return mvc.perform(post("/reform-reports/regimes/SIX_MONTHS").param("fromPreviousYear", String.valueOf(previousYear))
                .param("windowFrom", from).param("windowTo", to).param("unitDue", unitDue).param("provinceDue", provinceDue)
                .with(as("admin")).with(csrf())).andReturn();
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefusedNamingBothDays() throws Exception {
        String before = regime();
        MvcResult r = save("15/07", false, "14/06", "16/06", "20/06");
        assertThat(r.getFlashMap().get("flashErrorText")).asString()
                .contains("6 tháng").contains("từ 15/07 đến 14/06 không hợp lệ");
        assertThat(regime()).isEqualTo(before);
    }

    @Test
    void theTwentyNinthOfFebruaryIsRefusedBecauseMostYearsHaveNone() throws Exception {
        String before = regime();
        MvcResult r = save("29/02", false, "14/06", "16/06", "20/06");
        assertThat(r.getFlashMap().get("flashErrorText")).asString().contains("Số liệu từ ngày: ngày 29/02 không có ở mọi năm");
        assertThat(regime()).isEqualTo(before);
    }

    @Test
    void aProvinceDueDateBeforeTheUnitsIsRefused() throws Exception {
        String before = regime();
        MvcResult r = save("15/12", true, "14/06", "18/06", "17/06");
        assertThat(r.getFlashMap().get("flashErrorText")).asString().contains("Hạn tỉnh gửi Bộ (17/06) phải sau hạn đơn vị");
        assertThat(regime()).isEqualTo(before);
    }

    @Test
    void aPossibleRegimeIsSavedAndAudited() throws Exception {
        long audits = jdbc.sql("select count(*) from audit_entry where entity_type = 'reform_regime'").query(Long.class).single();
        try {
            MvcResult r = save("15/12", true, "14/06", "17/06", "20/06");
            assertThat(r.getFlashMap().get("flashSuccess")).isEqualTo("reformreport.flash.regimeSaved");
            assertThat(regime()).isEqualTo("t,12,15,6,14,6,17,6,20");
            assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'reform_regime'").query(Long.class).single())
                    .isEqualTo(audits + 1);
        } finally {
            save("15/12", true, "14/06", "16/06", "20/06");
        }
    }
}
