package vn.cchc.urging;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;
import vn.cchc.plan.PlanPublication;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.urging.UrgingFixture.Task;
import static vn.cchc.urging.UrgingFixture.issue;
import static vn.cchc.urging.UrgingFixture.key;
import static vn.cchc.urging.UrgingFixture.letterOf;

/** The unit's own page lists the urging letters sent to it, with what each listed; other units do not see them. */
class UnitUrgingHistoryTest extends CchcIntegrationTest {

    private static final String CONTENT = "Triển khai bệnh án điện tử tại Bệnh viện Hữu nghị đa khoa Nghệ An";

    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    private long letter;
    private String number;
    private String healthOfficer;
    private String otherOfficer;

    @BeforeEach
    void aLetterToSoYTe() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long planId = UrgingFixture.publish(publication, directory,
                List.of(new Task("4.1", CONTENT, "SO_Y_TE", today.minusDays(12))));
        TestAccounts accounts = new TestAccounts(context);
        String agency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        healthOfficer = accounts.create(Role.UNIT_OFFICER, "SO_Y_TE");
        otherOfficer = accounts.create(Role.UNIT_OFFICER, "SO_KHCN");
        letter = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, directory.idOf("SO_Y_TE")), as(agency)));
        number = jdbc.sql("select number from urging_letter where id = ?").param(letter).query(String.class).single();
    }

    @Test
    void theUnitsOfficerSeesTheLetterItsNumberAndWhatItListedOnTheUnitsPage() throws Exception {
        mvc.perform(get("/units/SO_Y_TE").with(as(healthOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"unit-urgings\""),
                        containsString("href=\"/urging/letters/" + letter + "\""), containsString(number),
                        containsString(CONTENT), containsString("1 nhiệm vụ quá hạn"))));
    }

    @Test
    void anotherUnitsOfficerDoesNotSeeThatTheUnitWasUrged() throws Exception {
        mvc.perform(get("/units/SO_Y_TE").with(as(otherOfficer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("id=\"unit-urgings\"")), not(containsString(CONTENT)))));
    }
}
