package vn.cchc.scoring;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.directory.Directory;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The appraiser's home lists the areas waiting for their department's appraisal, per open round, with how many
 * submitted items still have no appraised score. The demo's open round is lent to the test (rolled back): one of
 * its areas is given to Sở Xây dựng and one unit's assessment is submitted.
 */
@UsesDemoData("the demo's open scoring round")
@Transactional
class AppraiserHomeTest extends CchcIntegrationTest {

    private static String appraiser;
    private static String otherAppraiser;

    @Autowired
    Directory directory;

    private long round;
    private String area;
    private long assessment;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        appraiser = accounts.create(Role.APPRAISER, "SO_XAY_DUNG");
        otherAppraiser = accounts.create(Role.APPRAISER, "SO_Y_TE");
    }

    @BeforeEach
    void anAreaOfTheOpenRoundForSoXayDung() {
        Map<String, Object> row = jdbc.sql("""
                        select ra.round_id, ra.area_code from score_round_area ra join score_round r on r.id = ra.round_id
                        where r.status = 'OPEN' order by r.year, r.id, ra.area_code limit 1""").query().singleRow();
        round = ((Number) row.get("round_id")).longValue();
        area = (String) row.get("area_code");
        jdbc.sql("update score_round_area set appraiser_unit_id = ?, finalised_at = null, finalised_by = null "
                + "where round_id = ? and area_code = ?").params(directory.idOf("SO_XAY_DUNG"), round, area).update();
        assessment = jdbc.sql("select id from score_assessment where round_id = ? and unit_id <> ? order by id limit 1")
                .params(round, directory.idOf("SO_XAY_DUNG")).query(Long.class).single();
        jdbc.sql("update score_assessment set status = 'SUBMITTED' where id = ?").param(assessment).update();
        // Every manual item of the area in that assessment waits for an appraised score.
        jdbc.sql("""
                        update score_item i set appraised_points = null, not_applicable = false, explanation_outcome = null
                        from score_criterion c where c.id = i.criterion_id and i.assessment_id = ?
                          and (c.code = ? or c.code like ?) and c.method = 'MANUAL'""")
                .params(assessment, area, area + ".%").update();
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(as(username))).andReturn().getResponse().getContentAsString();
    }

    /** The count shown on the area's row: "12 tiêu chí của 3 đơn vị" gives 12; -1 when the area is not listed. */
    private long shownCount(String page) {
        Matcher m = Pattern.compile("data-round=\"" + round + "\" data-area=\"" + Pattern.quote(area)
                + "\"[\\s\\S]*?class=\"text-end waiting-items\">([\\d.]+) tiêu chí").matcher(page);
        return m.find() ? Long.parseLong(m.group(1).replace(".", "")) : -1;
    }

    @Test
    void theAppraisersHomeLinksTheAreaWaitingForTheirDepartment() throws Exception {
        String page = home(appraiser);
        assertThat(page).contains("id=\"card-appraisal-waiting\"")
                .contains("href=\"/scoring/rounds/" + round + "/areas/" + area + "\"");
        assertThat(shownCount(page)).isPositive();
    }

    @Test
    void anItemAppraisedLeavesTheCountOneLower() throws Exception {
        long before = shownCount(home(appraiser));
        long item = jdbc.sql("""
                        select i.id from score_item i join score_criterion c on c.id = i.criterion_id
                        where i.assessment_id = ? and (c.code = ? or c.code like ?) and c.method = 'MANUAL'
                        order by i.id limit 1""").params(assessment, area, area + ".%").query(Long.class).single();
        jdbc.sql("update score_item set appraised_points = 1, appraised_by = ? where id = ?").params(appraiser, item).update();
        assertThat(shownCount(home(appraiser))).isEqualTo(before - 1);
    }

    @Test
    void anotherDepartmentsAppraiserDoesNotSeeTheArea() throws Exception {
        String page = home(otherAppraiser);
        assertThat(page).contains("id=\"card-appraisal-waiting\"");
        assertThat(shownCount(page)).isEqualTo(-1);
    }

    @Test
    void aFinalisedAreaNoLongerWaits() throws Exception {
        jdbc.sql("update score_round_area set finalised_at = now(), finalised_by = ? where round_id = ? and area_code = ?")
                .params(appraiser, round, area).update();
        assertThat(shownCount(home(appraiser))).isEqualTo(-1);
    }
}
