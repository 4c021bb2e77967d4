package vn.cchc.calendar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CalendarApiTest extends CchcIntegrationTest {

    private static String officer;
    private static String viewer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        viewer = accounts.create(Role.VIEWER, "VP_UBND");
    }

    @Test
    void fiveWorkingDaysAfter24January2025Are7February2025() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/add").param("from", "2025-01-24").param("days", "5")
                        .with(httpBasic(officer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2025-02-07"));
    }

    @Test
    void theWorkingDaysOfTheTetWeekOf2025CountZero() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2025-01-24").param("to", "2025-02-02")
                        .with(httpBasic(viewer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workingDays").value(0));
    }

    @Test
    void saturday26April2025IsAWorkingDayOverTheApi() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/2025-04-26").with(httpBasic(viewer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workingDay").value(true))
                .andExpect(jsonPath("$.nextWorkingDay").value("2025-04-28"));
    }

    @Test
    void theYear2025ListsItsSwapAndMakeUpDay() throws Exception {
        mvc.perform(get("/api/v1/calendar/2025").with(httpBasic(viewer, TestAccounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days[?(@.day == '2025-04-26')].kind").value("MAKE_UP_WORKING_DAY"))
                .andExpect(jsonPath("$.days[?(@.day == '2025-05-02')].kind").value("SWAPPED_DAY_OFF"));
    }

    @Test
    void aYearWithoutATableIsAVietnameseProblem() throws Exception {
        String body = mvc.perform(get("/api/v1/calendar/working-days/add").param("from", "2099-12-20").param("days", "20")
                        .with(httpBasic(viewer, TestAccounts.PASSWORD)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Năm 2099 chưa có bảng ngày nghỉ");
    }

    @Test
    void theOpenApiDocumentDescribesTheCalendarEndpoints() throws Exception {
        String doc = mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(doc).contains("/api/v1/calendar/{year}", "/api/v1/calendar/working-days/add",
                "/api/v1/calendar/working-days/count");
    }
}
