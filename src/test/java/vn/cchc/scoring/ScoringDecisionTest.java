package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.Parallel;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each step of a round happens once under concurrency (submitting, giving back, asking for an explanation,
 * finalising an area, consolidating, publishing), and nobody appraises their own unit.
 */
@RecordApplicationEvents
@UsesDemoData("the demo accounts")
class ScoringDecisionTest extends ScoringTestBase {

    @Autowired
    ApplicationEvents events;

    private final LocalDate today = LocalDate.now(vn.cchc.time.ProvinceTime.ZONE);

    /** A department round of Sở Tư pháp and Sở KH&CN; area 2 is appraised by Sở Tư pháp, the others by Sở Nội vụ. */
    private long openRound() {
        int year = ScoringFixture.newYear();
        long dept = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        return fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, dept), List.of("SO_TU_PHAP", "SO_KHCN"),
                today.plusDays(5), today.plusDays(10), today.plusDays(15));
    }

    private void submitKhcn(long round) {
        fx.run("skhcn.cchc", () -> {
            for (String c : List.of("1.1.2", "2.1", "2.2", "3.1", "9.1", "9.2")) {
                self.score(item(round, "SO_KHCN", c), "1", null, null, List.of());
            }
            self.score(item(round, "SO_KHCN", "1.1.1"), "1", null, null, List.of(new SelfAssessments.Upload("kh.pdf", PDF)));
            self.submit(assessment(round, "SO_KHCN"), "Giám đốc Sở KH&CN", true);
        });
    }

    private MvcResult page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user)).with(csrf())).andReturn();
    }

    private static long succeeded(List<MvcResult> results) {
        return results.stream().filter(r -> r.getFlashMap().get("flashSuccess") != null).count();
    }

    private static long refused(List<MvcResult> results, String text) {
        return results.stream().filter(r -> r.getFlashMap().get("scoringError") != null
                && r.getFlashMap().get("scoringError").toString().contains(text)).count();
    }

    private long audits(String entity, long id, String summaryLike) {
        return jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ? and summary like ?")
                .params(entity, Long.toString(id), summaryLike).query(Long.class).single();
    }

    @Test
    void anAppraiserCannotAppraiseTheirOwnUnit() throws Exception {
        long round = openRound();
        long item = item(round, "SO_TU_PHAP", "2.1");
        selfScore("stp.cchc", item, "4");
        jdbc.sql("update score_assessment set status = 'SUBMITTED' where id = ?").param(assessment(round, "SO_TU_PHAP")).update();
        MvcResult r = mvc.perform(post("/api/v1/scoring/items/" + item + "/appraisal").with(as("thamdinh"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"points\": \"4\"}")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("chính đơn vị mình");
        assertThat(store.requireItem(item).appraised()).isFalse();
    }

    @Test
    void theAreaPageTellsTheAppraiserWhyTheirOwnUnitsItemsAreNotTheirs() throws Exception {
        long round = openRound();
        selfScore("stp.cchc", item(round, "SO_TU_PHAP", "2.1"), "4");
        jdbc.sql("update score_assessment set status = 'SUBMITTED' where id = ?").param(assessment(round, "SO_TU_PHAP")).update();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/scoring/rounds/" + round + "/areas/2").with(as("thamdinh")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("own-unit-note").contains("Không thẩm định điểm của chính đơn vị mình");
    }

    @Test
    void theStandingAgencyAppraisesTheAppraisingDepartmentsOwnItems() {
        long round = openRound();
        long item = item(round, "SO_TU_PHAP", "2.1");
        selfScore("stp.cchc", item, "4");
        jdbc.sql("update score_assessment set status = 'SUBMITTED' where id = ?").param(assessment(round, "SO_TU_PHAP")).update();
        fx.run("snv.cchc", () -> appraisals.appraise(item, "3", "Một văn bản ban hành chậm", null));
        assertThat(store.requireItem(item).appraisedBy()).isEqualTo("snv.cchc");
    }

    @Test
    void acceptingTheRestOfAnAreaLeavesTheAppraisersOwnUnitAlone() {
        long round = openRound();
        submitKhcn(round);
        long own = item(round, "SO_TU_PHAP", "2.1");
        selfScore("stp.cchc", own, "4");
        jdbc.sql("update score_assessment set status = 'SUBMITTED' where id = ?").param(assessment(round, "SO_TU_PHAP")).update();
        int accepted = fx.as("thamdinh", () -> appraisals.acceptRemaining(round, "2"));
        assertThat(accepted).isEqualTo(2);
        assertThat(store.requireItem(own).appraised()).isFalse();
    }

    @Test
    void twentyParallelSubmissionsOfASelfAssessmentSubmitOnce() throws Exception {
        long round = openRound();
        for (String c : List.of("1.1.2", "2.1", "2.2", "3.1", "9.1", "9.2")) {
            selfScore("skhcn.cchc", item(round, "SO_KHCN", c), "1");
        }
        fx.run("skhcn.cchc", () -> self.score(item(round, "SO_KHCN", "1.1.1"), "1", null, null,
                List.of(new SelfAssessments.Upload("kh.pdf", PDF))));
        long a = assessment(round, "SO_KHCN");
        List<MvcResult> results = Parallel.times(20, () -> page("skhcn.cchc", post("/scoring/assessments/" + a + "/submit")
                .param("headName", "Giám đốc Sở KH&CN").param("confirmed", "true")));
        assertThat(succeeded(results)).isEqualTo(1);
        assertThat(refused(results, "đã chốt")).isEqualTo(19);
        assertThat(audits(Rounds.ASSESSMENT, a, "%Giám đốc Sở KH&CN%")).isEqualTo(1);
    }

    @Test
    void twentyParallelReopeningsGiveTheSelfAssessmentBackOnce() throws Exception {
        long round = openRound();
        submitKhcn(round);
        long a = assessment(round, "SO_KHCN");
        List<MvcResult> results = Parallel.times(20, () -> page("snv.cchc", post("/scoring/assessments/" + a + "/reopen")
                .param("reason", "Đơn vị đề nghị bổ sung tài liệu kiểm chứng").param("deadline", today.plusDays(7).toString())));
        assertThat(succeeded(results)).isEqualTo(1);
        assertThat(refused(results, "")).isEqualTo(19);
        assertThat(store.reopens(a)).hasSize(1);
    }

    @Test
    void twentyParallelExplanationRequestsAskOnce() throws Exception {
        long round = openRound();
        submitKhcn(round);
        long item = item(round, "SO_KHCN", "2.1");
        List<MvcResult> results = Parallel.times(20, () -> page("thamdinh", post("/scoring/items/" + item + "/appraise")
                .param("points", "0").param("reason", "Chưa có văn bản").param("request", "Đề nghị nêu số, ngày văn bản")));
        assertThat(succeeded(results)).isEqualTo(1);
        assertThat(refused(results, "2.1")).isEqualTo(19);
        assertThat(store.changes(assessment(round, "SO_KHCN")).stream().filter(c -> c.itemId() == item && c.stage().equals("APPRAISAL")))
                .hasSize(1);
    }

    @Test
    void twentyParallelFinalisationsFinaliseTheAreaOnce() throws Exception {
        long round = openRound();
        submitKhcn(round);
        jdbc.sql("update score_assessment set status = 'SUBMITTED' where id = ?").param(assessment(round, "SO_TU_PHAP")).update();
        fx.run("snv.cchc", () -> appraisals.appraise(item(round, "SO_TU_PHAP", "2.1"), "0", "Không có tài liệu", null));
        fx.run("snv.cchc", () -> appraisals.appraise(item(round, "SO_TU_PHAP", "2.2"), "0", "Không rà soát", null));
        fx.run("thamdinh", () -> appraisals.acceptRemaining(round, "2"));
        List<MvcResult> results = Parallel.times(20, () -> page("thamdinh", post("/scoring/rounds/" + round + "/areas/2/finalise")));
        assertThat(succeeded(results)).isEqualTo(1);
        assertThat(refused(results, "2")).isEqualTo(19);
        assertThat(audits(Rounds.ROUND, round, "%2%")).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ? and after_value ->> 'finalised' = 'true'")
                .params(Rounds.ROUND, Long.toString(round)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyParallelConsolidationsConsolidateOnce() throws Exception {
        long round = openRound();
        jdbc.sql("update score_round_area set finalised_by = 'snv.cchc', finalised_at = now() where round_id = ?").param(round).update();
        jdbc.sql("update score_item set appraised_points = 3, appraised_at = now() where assessment_id in "
                + "(select id from score_assessment where round_id = ?)").param(round).update();
        List<MvcResult> results = Parallel.times(20, () -> page("snv.cchc", post("/scoring/rounds/" + round + "/consolidate")));
        assertThat(succeeded(results)).isEqualTo(1);
        assertThat(refused(results, "")).isEqualTo(19);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ? and after_value ->> 'status' = 'CONSOLIDATED'")
                .params(Rounds.ROUND, Long.toString(round)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twentyParallelPublicationsPublishOnce() throws Exception {
        long round = openRound();
        jdbc.sql("update score_round set status = 'CONSOLIDATED' where id = ?").param(round).update();
        List<MvcResult> results = Parallel.times(20, () -> page("lanhdao", post("/scoring/rounds/" + round + "/publish")
                .param("decisionRef", "125/QĐ-UBND ngày 25/4/2026")));
        assertThat(succeeded(results)).isEqualTo(1);
        assertThat(refused(results, "")).isEqualTo(19);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = ? and entity_id = ? and after_value ->> 'status' = 'PUBLISHED'")
                .params(Rounds.ROUND, Long.toString(round)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void publishingPublishesRoundPublishedWithTheLeader() {
        long round = openRound();
        jdbc.sql("update score_round set status = 'CONSOLIDATED' where id = ?").param(round).update();
        fx.run("lanhdao", () -> rounds.publish(round, "125/QĐ-UBND ngày 25/4/2026"));
        long leader = jdbc.sql("select id from app_user where username = 'lanhdao'").query(Long.class).single();
        assertThat(events.stream(RoundPublished.class)).singleElement().satisfies(e -> {
            assertThat(e.roundId()).isEqualTo(round);
            assertThat(e.userId()).isEqualTo(leader);
        });
    }

    @Test
    void askingForAnExplanationPublishesExplanationRequestedOnce() {
        long round = openRound();
        submitKhcn(round);
        long item = item(round, "SO_KHCN", "2.1");
        fx.run("thamdinh", () -> appraisals.appraise(item, "0", "Chưa có văn bản", "Đề nghị nêu số, ngày văn bản"));
        long unit = fx.unit("SO_KHCN");
        assertThat(events.stream(ExplanationRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.unitId()).isEqualTo(unit));
    }

    @Test
    void givingBackAndFinalisingPublishTheirEvents() {
        long round = openRound();
        submitKhcn(round);
        fx.run("snv.cchc", () -> rounds.reopen(assessment(round, "SO_KHCN"), "Bổ sung tài liệu", today.plusDays(3)));
        assertThat(events.stream(SelfAssessmentReturned.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Bổ sung tài liệu"));
        jdbc.sql("update score_item set appraised_points = 1, appraised_at = now() where assessment_id in "
                + "(select id from score_assessment where round_id = ?)").param(round).update();
        fx.run("snv.cchc", () -> rounds.finaliseArea(round, "1"));
        assertThat(events.stream(AppraisalFinished.class)).singleElement()
                .satisfies(e -> assertThat(e.unitId()).isEqualTo(fx.unit("SO_NOI_VU")));
    }
}
