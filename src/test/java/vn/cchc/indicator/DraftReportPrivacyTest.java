package vn.cchc.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A draft report (values and comments) is read only by its unit, the standing agency and the leaders who follow
 * the unit, on the page and in the API; everybody else gets 403 and sees none of it.
 */
@UsesDemoData("the demo accounts")
class DraftReportPrivacyTest extends CchcIntegrationTest {

    private static final String COMMENT = "Số liệu tạm, chờ Phòng Văn hóa xác nhận 137 hồ sơ";

    @Autowired
    Catalogue catalogue;

    private final Period quarter = Period.containing(PeriodType.QUARTER, java.time.LocalDate.now(vn.cchc.time.ProvinceTime.ZONE));

    /** A draft of Sở Văn hóa, Thể thao và Du lịch (no demo leader follows it) and one of Sở Tài chính (followed). */
    @BeforeEach
    void drafts() throws Exception {
        for (String unit : new String[]{"SO_VHTTDL", "SO_TAI_CHINH"}) {
            Indicator first = catalogue.form(PeriodType.QUARTER).get(0);
            String json = "{\"" + first.code() + "\": {\"numerator\": 137, \"denominator\": 140, \"comment\": \"" + COMMENT + "\"}}";
            mvc.perform(put(api(unit)).content(json).contentType("application/json").with(as("admin")));
            assertThat(jdbc.sql("select r.status from ind_report r join unit u on u.id = r.unit_id where u.code = ? and r.period_key = ?")
                    .params(unit, quarter.key()).query(String.class).single()).isEqualTo("DRAFT");
        }
    }

    private String api(String unit) {
        return "/api/v1/indicators/reports/" + unit + "/" + quarter.key();
    }

    private String page(String unit) {
        return "/indicators/reports/" + unit + "/" + quarter.key();
    }

    private MvcResult read(String path, String user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andReturn();
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anotherUnitsOfficerCannotReadTheDraftInTheApi() throws Exception {
        MvcResult r = read(api("SO_VHTTDL"), "stp.cchc");
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(r)).contains("chưa gửi").doesNotContain(COMMENT).doesNotContain("137");
    }

    @Test
    void anotherUnitsOfficerCannotOpenTheDraftPage() throws Exception {
        MvcResult r = read(page("SO_VHTTDL"), "stp.cchc");
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(r)).doesNotContain(COMMENT);
    }

    @Test
    void theViewerCannotReadTheDraftInTheApi() throws Exception {
        MvcResult r = read(api("SO_VHTTDL"), "xem");
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(r)).doesNotContain(COMMENT);
    }

    @Test
    void theViewerCannotOpenTheDraftPage() throws Exception {
        assertThat(read(page("SO_VHTTDL"), "xem").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aLeaderWhoDoesNotFollowTheUnitCannotReadItsDraftInTheApi() throws Exception {
        MvcResult r = read(api("SO_VHTTDL"), "lanhdao");
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(r)).doesNotContain(COMMENT);
    }

    @Test
    void aLeaderWhoDoesNotFollowTheUnitCannotOpenItsDraftPage() throws Exception {
        assertThat(read(page("SO_VHTTDL"), "lanhdao").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aLeaderWhoFollowsTheUnitReadsItsDraft() throws Exception {
        MvcResult r = read(api("SO_TAI_CHINH"), "lanhdao");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(r)).contains(COMMENT);
    }

    @Test
    void theStandingAgencyReadsEveryDraft() throws Exception {
        MvcResult r = read(page("SO_VHTTDL"), "snv.cchc");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(r)).contains(COMMENT);
    }
}
