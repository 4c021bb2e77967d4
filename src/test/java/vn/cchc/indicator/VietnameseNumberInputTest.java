package vn.cchc.indicator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Numbers typed into the report form and the targets the Vietnamese way ("1.200", "12,5"). */
class VietnameseNumberInputTest extends vn.cchc.CchcIntegrationTest {

    /** A department no other test reports for, so this quarter's form is still a draft whatever ran before. */
    private static final String UNIT = "SO_DTTG";

    private static String officer;
    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        officer = accounts.create(Role.UNIT_OFFICER, UNIT);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Autowired
    Catalogue catalogue;

    private Indicator ratio() {
        return catalogue.form(PeriodType.QUARTER).stream().filter(i -> i.measure() == IndicatorMeasure.RATIO).findFirst().orElseThrow();
    }

    private String formUrl() {
        return "/indicators/reports/" + UNIT + "/" + Period.containing(PeriodType.QUARTER, java.time.LocalDate.now(clock)).key();
    }

    private BigDecimal stored(String column, Indicator i) {
        return jdbc.sql("select v." + column + " from ind_report_value v join ind_report r on r.id = v.report_id"
                        + " join unit u on u.id = r.unit_id where u.code = ? and r.period_key = ? and v.indicator_id = ?")
                .params(UNIT, Period.containing(PeriodType.QUARTER, java.time.LocalDate.now(clock)).key(), i.id()).query(BigDecimal.class).optional().orElse(null);
    }

    @Test
    void oneThousandTwoHundredTypedTheVietnameseWayIsStoredAs1200() throws Exception {
        Indicator i = ratio();
        mvc.perform(post(formUrl()).param("action", "save").param("num_" + i.code(), "1.200").param("den_" + i.code(), "1.500")
                        .with(as(officer)).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "indicator.flash.saved"));

        assertThat(stored("numerator", i)).isEqualByComparingTo("1200");
        assertThat(stored("denominator", i)).isEqualByComparingTo("1500");
        mvc.perform(get(formUrl()).with(as(officer)))
                .andExpect(content().string(containsString("value=\"1.200\"")))
                .andExpect(content().string(containsString(">80 %<")));
    }

    @Test
    void twelvePointFiveWithADotIsRefusedWithHowToWriteItAndNothingIsStored() throws Exception {
        Indicator i = ratio();
        mvc.perform(post(formUrl()).param("action", "save").param("num_" + i.code(), "7").param("den_" + i.code(), "8")
                .with(as(officer)).with(csrf()));

        mvc.perform(post(formUrl()).param("action", "save").param("num_" + i.code(), "12.5").param("den_" + i.code(), "20")
                        .with(as(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("«12.5» — Dùng dấu phẩy cho phần thập phân: 12,5")));
        assertThat(stored("numerator", i)).isEqualByComparingTo("7");
        assertThat(stored("denominator", i)).isEqualByComparingTo("8");
    }

    @Test
    void aTargetTypedWithADecimalCommaIsStoredWithItsDecimals() throws Exception {
        mvc.perform(post("/indicators/targets").param("indicatorCode", "CS766_4_2").param("year", "2031")
                        .param("comparator", ">=").param("value", "87,5").param("origin", "Kế hoạch 2031").with(as(standingAgency)).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "indicator.flash.targetSaved"));
        assertThat(Catalogue.applicable(catalogue.targets(), catalogue.find("CS766_4_2").orElseThrow().id(), 2031, null))
                .map(Target::value).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("87.5"));
    }

    @Test
    void aTargetWrittenTheEnglishWayIsRefusedWithHowToWriteIt() throws Exception {
        mvc.perform(post("/indicators/targets").param("indicatorCode", "CS766_4_2").param("year", "2032")
                        .param("comparator", ">=").param("value", "87.5").param("origin", "Kế hoạch 2032").with(as(standingAgency)).with(csrf()))
                .andExpect(flash().attribute("flashErrorText", "Giá trị chỉ tiêu «87.5» không hợp lệ — Dùng dấu phẩy cho phần thập phân: 87,5"));
        assertThat(jdbc.sql("select count(*) from ind_target where year = 2032").query(Long.class).single()).isZero();
    }
}
