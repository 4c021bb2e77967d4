package vn.cchc.reminder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.time.PinnableClock;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the pages say is owed: a locked missed period stays on the officer's home and form with "Xin nộp muộn". */
class ReminderPagesTest extends CchcIntegrationTest {

    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aLockedMissedQuarterStaysOnTheOfficersHomeWithTheLateSubmissionAction() throws Exception {
        String officer = new ReminderFixture(context).account(Role.UNIT_OFFICER);
        clock.pin(LocalDate.of(2025, 5, 5));

        String home = page("/reminders/home", officer);

        assertThat(home).contains("id=\"card-missed-reports\"").contains("Quý 4/2024").contains("hạn 10/01/2025")
                .contains("action=\"/indicators/late-requests\"").contains("Xin nộp muộn");
    }

    @Test
    void theLockedFormOffersTheLateSubmissionRequestToTheUnitsOfficer() throws Exception {
        String officer = new ReminderFixture(context).account(Role.UNIT_OFFICER);
        clock.pin(LocalDate.of(2025, 5, 5));

        String form = page("/indicators/reports/" + ReminderFixture.UNIT + "/2024-Q4", officer);

        assertThat(form).contains("id=\"late-request\"").contains("Kỳ báo cáo đã khóa: xin nộp muộn");
    }

    @Test
    void theHomePageLoadsTheOwedCards() throws Exception {
        String officer = new ReminderFixture(context).account(Role.UNIT_OFFICER);

        assertThat(page("/", officer)).contains("hx-get=\"/reminders/home\"");
    }

    @Test
    void theEscalationListFiltersByUnitKindAndCountsWorkingDaysOverdue() throws Exception {
        ReminderFixture fixture = new ReminderFixture(context);
        String standing = new vn.cchc.security.TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU");
        fixture.taskDue(LocalDate.of(2025, 1, 24), "Thanh tra việc thực hiện quy chế một cửa liên thông tại các xã");
        clock.pin(LocalDate.of(2025, 2, 7));
        context.getBean(Escalations.class).escalate(LocalDate.of(2025, 2, 7));

        String departments = page("/reminders/escalations?kind=DEPARTMENT&unit=" + ReminderFixture.UNIT, standing);
        String communes = page("/reminders/escalations?kind=COMMUNE&unit=" + ReminderFixture.UNIT, standing);

        assertThat(departments).contains("quy chế một cửa liên thông tại các xã").contains("24/01/2025")
                .contains("<td class=\"text-danger\">5</td>");
        assertThat(communes).doesNotContain("quy chế một cửa liên thông tại các xã");
    }
}
