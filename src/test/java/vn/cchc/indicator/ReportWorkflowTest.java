package vn.cchc.indicator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reporting forms: validation, authorisation, submit / approve / return, locks and exceptions, roll-up. */
@UsesDemoData("the demo accounts")
class ReportWorkflowTest extends CchcIntegrationTest {

    @Autowired
    Clock clock;

    private static final String PASSWORD = "Demo@2026cchc";

    @Autowired
    Catalogue catalogue;

    @Autowired
    Achievements achievements;

    /** A complete quarterly form: every ratio 9 / 10 (numerator / denominator), counts 0, yes for yes/no. */
    private String complete(String overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Indicator i : catalogue.form(PeriodType.QUARTER)) {
            String v = switch (i.measure()) {
                case RATIO -> "{\"numerator\": 10, \"denominator\": 10, \"comment\": null}";
                case BOOLEAN -> "{\"numerator\": 1}";
                default -> "{\"numerator\": 0}";
            };
            values.put(i.code(), v);
        }
        StringBuilder sb = new StringBuilder("{");
        values.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(k).append("\":").append(overrides.contains("\"" + k + "\"") ? "null" : v);
        });
        String json = sb.append('}').toString();
        if (!overrides.isBlank()) {
            for (String part : overrides.split(";")) {
                String code = part.substring(0, part.indexOf('='));
                json = json.replace("\"" + code + "\":null", "\"" + code + "\":" + part.substring(part.indexOf('=') + 1));
            }
        }
        return json;
    }

    private ResultActions api(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, PASSWORD)).contentType("application/json"));
    }

    private String reportUrl(String unit, Period p) {
        return "/api/v1/indicators/reports/" + unit + "/" + p.key();
    }

    @Test
    void anOfficerFillsSubmitsAndTheStandingAgencyApprovesOrReturns() throws Exception {
        Period current = Period.containing(PeriodType.QUARTER, LocalDate.now(clock));
        String url = reportUrl("SO_KHCN", current);

        // another unit's officer may not write here
        api("stp.cchc", put(url).content(complete(""))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("đơn vị mình")));

        // numerator over denominator (over 100 %), a missed target without comment: nothing stored, each named
        String bad = complete("").replace("\"KH_VB_KY_SO\":{\"numerator\": 10, \"denominator\": 10, \"comment\": null}",
                "\"KH_VB_KY_SO\":{\"numerator\": 12, \"denominator\": 10}")
                .replace("\"KH_CONG_KHAI_KQ\":{\"numerator\": 10, \"denominator\": 10, \"comment\": null}",
                        "\"KH_CONG_KHAI_KQ\":{\"numerator\": 8, \"denominator\": 10}");
        api("skhcn.cchc", post(url + "/submit").content(bad)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].indicator", hasItem("KH_VB_KY_SO")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("vượt 100%"))))
                .andExpect(jsonPath("$.errors[*].indicator", hasItem("KH_CONG_KHAI_KQ")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("giải trình"))));
        // a required value missing blocks submission but not a draft
        String partial = complete("").replace("\"KH_RA_SOAT_CONG_VIEC\":{\"numerator\": 10, \"denominator\": 10, \"comment\": null}",
                "\"KH_RA_SOAT_CONG_VIEC\":{}");
        api("skhcn.cchc", post(url + "/submit").content(partial)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].indicator").value("KH_RA_SOAT_CONG_VIEC"));
        api("skhcn.cchc", put(url).content(partial)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"));

        // with an explanation the missed target is accepted
        String explained = complete("").replace("\"KH_CONG_KHAI_KQ\":{\"numerator\": 10, \"denominator\": 10, \"comment\": null}",
                "\"KH_CONG_KHAI_KQ\":{\"numerator\": 8, \"denominator\": 10, \"comment\": \"Hai việc đang chờ ý kiến\"}");
        api("skhcn.cchc", post(url + "/submit").content(explained)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED")).andExpect(jsonPath("$.submittedOnTime").value(true));
        // submitted: the officer can no longer change it; the officer cannot approve it
        api("skhcn.cchc", put(url).content(explained)).andExpect(status().isConflict());
        api("skhcn.cchc", post(url + "/approve")).andExpect(status().isForbidden());
        // returned with a reason, corrected, submitted again, approved
        api("snv.cchc", post(url + "/return").content("{\"reason\": \"\"}")).andExpect(status().isBadRequest());
        api("snv.cchc", post(url + "/return").content("{\"reason\": \"Kiểm tra lại số văn bản\"}"))
                .andExpect(jsonPath("$.status").value("RETURNED"));
        api("skhcn.cchc", post(url + "/submit").content(explained)).andExpect(jsonPath("$.status").value("SUBMITTED"));
        api("snv.cchc", post(url + "/approve")).andExpect(jsonPath("$.status").value("APPROVED"));
        api("skhcn.cchc", put(url).content(explained)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("đã khóa")));

        // approved values reach the heatmap; the province rolls up numerators and denominators
        Achievements.Row row = achievements.row(current, null);
        Achievements.Cell cell = row.cells().stream().filter(c -> c.indicator().code().equals("KH_CONG_KHAI_KQ")).findFirst().orElseThrow();
        assertThat(cell.measure().denominator()).isGreaterThanOrEqualTo(new java.math.BigDecimal("10"));
        api("lanhdao", get("/api/v1/indicators/heatmap").param("period", current.key())).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.unitCode == 'SO_KHCN')].cells[?(@.code == 'KH_CONG_KHAI_KQ')].value", hasItem(80.0)));

        // the board counts it as submitted on time and approved; every step is in the audit trail
        ReportForm form = null;
        api("snv.cchc", get("/api/v1/indicators/board").param("period", current.key())).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ind_report'").query(Long.class).single())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aFormLocksAfterItsDueDateUnlessAnAdministratorReopensIt() throws Exception {
        Period old = Period.parse("2025-Q1");
        String url = reportUrl("SO_TU_PHAP", old);
        api("stp.cchc", put(url).content(complete(""))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("khóa")));
        // only an administrator reopens (the page action)
        mvc.perform(post("/indicators/reports/SO_TU_PHAP/2025-Q1/exception").param("openUntil", LocalDate.now(clock).plusDays(3).toString())
                        .param("reason", "Đơn vị mất điện").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "indicator.error.onlyAdmin"));
        mvc.perform(post("/indicators/reports/SO_TU_PHAP/2025-Q1/exception").param("openUntil", LocalDate.now(clock).plusDays(3).toString())
                        .param("reason", "Đơn vị mất điện").with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "indicator.flash.exception"));
        api("stp.cchc", put(url).content(complete(""))).andExpect(status().isOk());
        api("stp.cchc", post(url + "/submit").content(complete(""))).andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedOnTime").value(false));
    }

    @Test
    void thePagesWorkForEachRole() throws Exception {
        Period current = Period.containing(PeriodType.QUARTER, LocalDate.now(clock));
        mvc.perform(get("/indicators").with(as("xem"))).andExpect(status().isOk());
        mvc.perform(get("/indicators/my").with(as("stp.cchc")))
                .andExpect(redirectedUrl("/indicators/reports/SO_TU_PHAP/" + current.key()));
        mvc.perform(get("/indicators/reports/SO_KHCN/" + current.key()).with(as("stp.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/indicators/board").with(as("snv.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/indicators/heatmap").param("period", "2019-Q1").with(as("lanhdao"))).andExpect(status().isOk());
        mvc.perform(get("/indicators/scorecard").with(as("lanhdao"))).andExpect(status().isOk());
        mvc.perform(get("/indicators/units/SO_TU_PHAP").with(as("lanhdao"))).andExpect(status().isOk());
        mvc.perform(get("/indicators/units/TINH").with(as("lanhdao"))).andExpect(status().isOk());
        mvc.perform(get("/indicators/trend.json").param("code", "CS766_2_1").param("unit", "TINH").with(as("xem")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.labels.length()").value(24));
        for (String x : List.of("/indicators/heatmap.xlsx", "/indicators/scorecard.xlsx", "/indicators/board.xlsx")) {
            mvc.perform(get(x).with(as("xem"))).andExpect(status().isOk());
        }
        // a target by the standing agency, refused to an officer
        mvc.perform(post("/indicators/targets").param("indicatorCode", "CS766_4_2").param("year", "2026")
                        .param("comparator", ">=").param("value", "80").param("origin", "thử").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "indicator.error.forbidden"));
        mvc.perform(post("/indicators/targets").param("indicatorCode", "CS766_4_2").param("year", "2026")
                        .param("comparator", ">=").param("value", "80").param("origin", "thử").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "indicator.flash.targetSaved"));
        assertThat(Catalogue.applicable(catalogue.targets(), catalogue.find("CS766_4_2").orElseThrow().id(), 2027, null))
                .map(Target::label).contains("≥ 80");
        // an officer posting another unit's form through the page: refused, nothing stored
        String reportsBefore = indicatorReportRows();
        long auditBefore = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        mvc.perform(post("/indicators/reports/SO_KHCN/2014-Q1").param("action", "save").param("num_CS766_4_2", "99")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashError", "indicator.error.notYourUnit"));
        assertThat(indicatorReportRows()).as("reports and their values").isEqualTo(reportsBefore);
        assertThat(jdbc.sql("select count(*) from ind_report r join unit u on u.id = r.unit_id "
                + "where u.code = 'SO_KHCN' and r.period_key = '2014-Q1'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(auditBefore);
    }

    /** Every report and value row, hashed: equal before and after means nothing was stored. */
    private String indicatorReportRows() {
        return jdbc.sql("""
                select md5(coalesce((select string_agg(r::text, '|' order by r.id) from ind_report r), '')
                        || coalesce((select string_agg(v::text, '|' order by v.report_id, v.indicator_id)
                                     from ind_report_value v), ''))""").query(String.class).single();
    }
}
