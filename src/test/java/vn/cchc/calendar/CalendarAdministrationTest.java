package vn.cchc.calendar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each test works on a year of its own (2031–2039) that no seed holds, so they do not depend on one another. */
class CalendarAdministrationTest extends CchcIntegrationTest {

    private static String administrator;
    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        administrator = accounts.create(Role.ADMIN, "SO_NOI_VU");
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    @Autowired
    WorkingDays workingDays;

    private long audits(String type, String id) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ?").params(type, id)
                .query(Long.class).single();
    }

    private long days(int year) {
        return jdbc.sql("select count(*) from calendar_day where year = ?").param(year).query(Long.class).single();
    }

    private void createFromProposal(int year) throws Exception {
        var request = post("/calendar/{y}/create", year).with(as(administrator)).with(csrf()).param("source", "Đề xuất");
        for (DayEntry e : YearProposal.of(year)) {
            request.param("date", e.day().toString()).param("kind", e.kind().name()).param("reason", e.reason());
        }
        mvc.perform(request).andExpect(redirectedUrl("/calendar/" + year)).andExpect(flash().attribute("flashSuccess", "calendar.saved"));
    }

    @Test
    void theAdministratorSavesAReviewedProposalAndDeadlinesCountItsTetDays() throws Exception {
        createFromProposal(2031);
        assertThat(days(2031)).isEqualTo(YearProposal.of(2031).size());
        assertThat(audits("calendar_year", "2031")).isEqualTo(1);
        LocalDate tet = LunarCalendar.lunarNewYear(2031);
        assertThat(workingDays.isWorkingDay(tet.plusDays(1))).isFalse();
    }

    @Test
    void aYearThatHasATableCannotBeCreatedASecondTime() throws Exception {
        createFromProposal(2032);
        long before = days(2032);
        mvc.perform(post("/calendar/{y}/create", 2032).with(as(administrator)).with(csrf())
                        .param("date", "05/05/2032").param("kind", "SWAPPED_DAY_OFF").param("reason", "Thử lần hai"))
                .andExpect(flash().attribute("calendarProblems",
                        List.of("Năm 2032 đã có bảng ngày nghỉ; hãy sửa từng ngày trong bảng.")));
        assertThat(days(2032)).isEqualTo(before);
    }

    @Test
    void aTableWithTheSameDateTwiceAndAnImpossibleDateIsRefusedWholeWithRowAndField() throws Exception {
        MvcResult result = mvc.perform(post("/calendar/{y}/create", 2033).with(as(administrator)).with(csrf())
                        .param("date", "01/01/2033", "31/04/2033", "01/01/2033", "07/05/2033")
                        .param("kind", "PUBLIC_HOLIDAY", "PUBLIC_HOLIDAY", "PUBLIC_HOLIDAY", "SWAPPED_DAY_OFF")
                        .param("reason", "Tết Dương lịch", "Ngày không có", "Tết Dương lịch lần nữa", "Hoán đổi"))
                .andExpect(redirectedUrl("/calendar/2033")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) result.getFlashMap().get("calendarProblems");
        assertThat(problems).containsExactly(
                "Dòng 2, cột Ngày: \"31/04/2033\" không phải là một ngày có thật (cần dạng dd/MM/yyyy).",
                "Dòng 3, cột Ngày: ngày 01/01/2033 trùng với dòng 1.",
                "Dòng 4, cột Loại: ngày 07/05/2033 là thứ Bảy hoặc Chủ nhật; ngày nghỉ bù hoặc nghỉ hoán đổi phải là ngày làm việc trong tuần.");
        assertThat(jdbc.sql("select count(*) from calendar_year where year = 2033").query(Long.class).single()).isZero();
        assertThat(days(2033)).isZero();
    }

    @Test
    void theAdministratorAddsASwapWithItsMakeUpSaturdayAndBothAreAudited() throws Exception {
        createFromProposal(2034);
        mvc.perform(post("/calendar/{y}/days", 2034).with(as(administrator)).with(csrf()).param("from", "03/05/2034")
                .param("kind", "SWAPPED_DAY_OFF").param("reason", "Nghỉ hoán đổi, làm bù thứ Bảy 13/05/2034 (cầu nối 30/4 – 1/5)")
                .param("confirmed", "true")).andExpect(flash().attribute("flashSuccess", "calendar.added"));
        mvc.perform(post("/calendar/{y}/days", 2034).with(as(administrator)).with(csrf()).param("from", "13/05/2034")
                .param("kind", "MAKE_UP_WORKING_DAY").param("reason", "Làm bù cho thứ Tư 03/05/2034"))
                .andExpect(flash().attribute("flashSuccess", "calendar.added"));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2034, 5, 3))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2034, 5, 13))).isTrue();
        assertThat(audits("calendar_day", "2034-05-03")).isEqualTo(1);
        assertThat(audits("calendar_day", "2034-05-13")).isEqualTo(1);
    }

    @Test
    void aDayThatIsAlreadyListedCannotBeAddedAgain() throws Exception {
        createFromProposal(2035);
        mvc.perform(post("/calendar/{y}/days", 2035).with(as(administrator)).with(csrf()).param("from", "01/01/2035")
                        .param("kind", "SWAPPED_DAY_OFF").param("reason", "Trùng"))
                .andExpect(flash().attribute("calendarProblems",
                        List.of("Dòng 1, cột Ngày: ngày 01/01/2035 đã có trong bảng (Tết Dương lịch).")));
        assertThat(jdbc.sql("select kind from calendar_day where day = '2035-01-01'").query(String.class).single())
                .isEqualTo("PUBLIC_HOLIDAY");
    }

    @Test
    void editingAndDeletingADayAreAuditedWithBeforeAndAfter() throws Exception {
        createFromProposal(2036);
        mvc.perform(post("/calendar/days/{d}", "2036-01-01").with(as(administrator)).with(csrf())
                .param("kind", "PUBLIC_HOLIDAY").param("reason", "Tết Dương lịch 2036").param("confirmed", "true")
                .param("source", "Thông báo lịch nghỉ năm 2036")).andExpect(flash().attribute("flashSuccess", "calendar.updated"));
        assertThat(jdbc.sql("select confirmed from calendar_day where day = '2036-01-01'").query(Boolean.class).single()).isTrue();
        String before = jdbc.sql("""
                        select before_value ->> 'reason' from audit_entry
                        where entity_type = 'calendar_day' and entity_id = '2036-01-01' and action = 'UPDATE'""")
                .query(String.class).single();
        assertThat(before).isEqualTo("Tết Dương lịch");

        mvc.perform(post("/calendar/days/{d}/delete", "2036-01-01").with(as(administrator)).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "calendar.deleted"));
        assertThat(jdbc.sql("select count(*) from calendar_day where day = '2036-01-01'").query(Long.class).single()).isZero();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2036, 1, 1))).isTrue();
        assertThat(jdbc.sql("""
                        select count(*) from audit_entry where entity_type = 'calendar_day' and entity_id = '2036-01-01'
                        and action = 'DELETE'""").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theStandingAgencyReadsTheYearButCannotEditIt() throws Exception {
        String page = mvc.perform(get("/calendar/2025").with(as(standingAgency))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lịch ngày làm việc năm 2025", "26/04/2025", "Làm bù", "Năm có 250 ngày làm việc.")
                .doesNotContain("calendar-add");
        mvc.perform(post("/calendar/days/{d}/delete", "2025-04-26").with(as(standingAgency)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from calendar_day where day = '2025-04-26'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aYearWithoutATableShowsTheLunarProposalToTheAdministrator() throws Exception {
        String page = mvc.perform(get("/calendar/2039").with(as(administrator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String tet = LunarCalendar.lunarNewYear(2039).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page).contains("Năm 2039 chưa có bảng ngày nghỉ", "calendar-proposal", "mùng 1 Tết là ngày " + tet);
    }

    @Test
    void theDailyLookaheadSavesAnUnconfirmedProposalOnceForAYearWithoutATable(@Autowired CalendarAdministration administration) {
        assertThat(administration.proposeIfMissing(2037)).isTrue();
        assertThat(administration.proposeIfMissing(2037)).isFalse();
        assertThat(days(2037)).isEqualTo(YearProposal.of(2037).size());
        assertThat(jdbc.sql("select count(*) from calendar_day where year = 2037 and confirmed").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'calendar_year' and entity_id = '2037'")
                .query(String.class).single()).isEqualTo("system");
    }

    @Test
    void theStandingAgencyReadsAProposalWithoutAFormToSaveIt() throws Exception {
        String page = mvc.perform(get("/calendar/2038").with(as(standingAgency))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("calendar-proposal-view", "Giỗ Tổ Hùng Vương").doesNotContain("id=\"calendar-proposal\"");
    }
}
