package vn.cchc.scoring;

import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input, locks, deadlines and authorisation: a clear Vietnamese message and nothing changed. */
@UsesDemoData("the demo accounts")
class ScoringRulesTest extends ScoringTestBase {

    @Autowired
    Clock clock;

    private long round(LocalDate self, LocalDate appraisal, LocalDate explanation) {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        return fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_TU_PHAP", "SO_KHCN"),
                self, appraisal, explanation);
    }

    private long openRound() {
        LocalDate today = LocalDate.now(clock);
        return round(today.plusDays(5), today.plusDays(10), today.plusDays(15));
    }

    @Test
    void scoreAboveMaximumOrOutsideAllowedValuesIsRefusedAndNothingChanges() throws Exception {
        long r = openRound();
        long item = item(r, "SO_TU_PHAP", "1.1.1");
        selfScore("stp.cchc", item, "1");
        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "5").with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("scoringError", "Tiêu chí 1.1.1: điểm phải từ 0 đến 2."));
        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "1,5").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "Tiêu chí 1.1.1: chỉ được chấm một trong các mức 0; 1; 2."));
        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "-1").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "Tiêu chí 1.1.1: điểm phải từ 0 đến 2."));
        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "abc").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "«abc» — Không phải là số; viết ví dụ 1.200 hoặc 12,5"));
        assertThat(selfPoints(item)).isEqualByComparingTo("1");
        // the API says the same as a problem detail
        mvc.perform(put("/api/v1/scoring/items/" + item + "/self").with(as("stp.cchc"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\":\"2,5\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tiêu chí 1.1.1: điểm phải từ 0 đến 2."));
        assertThat(selfPoints(item)).isEqualByComparingTo("1");
    }

    @Test
    void evidenceOfAForbiddenTypeOrOverTheLimitIsRefusedAndNothingIsSaved() throws Exception {
        long r = openRound();
        long item = item(r, "SO_TU_PHAP", "1.1.1");
        MockMultipartFile fake = new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
                "MZ this is an executable".getBytes());
        mvc.perform(multipart("/scoring/items/" + item + "/self").file(fake).param("points", "2")
                        .with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError",
                        "Tệp \"bao-cao.pdf\" không được chấp nhận: chỉ nhận PDF, Word (.docx), Excel (.xlsx), ảnh JPEG, PNG."));
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        mvc.perform(multipart("/scoring/items/" + item + "/self").file(new MockMultipartFile("files", "lon.pdf",
                        "application/pdf", big)).param("points", "2").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "Tệp \"lon.pdf\" vượt quá 20 MB."));
        assertThat(evidenceCount(item)).isZero();
        assertThat(selfPoints(item)).isNull();
        // a real PDF is taken, whatever its name says
        mvc.perform(multipart("/scoring/items/" + item + "/self").file(new MockMultipartFile("files", "scan.bin",
                        "application/octet-stream", PDF)).param("points", "2").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "scoring.flash.saved"));
        assertThat(evidenceCount(item)).isEqualTo(1);
        assertThat(jdbc.sql("select content_type from score_evidence where item_id = ?").param(item).query(String.class).single())
                .isEqualTo("application/pdf");
    }

    @Test
    void submitNeedsEveryItemAndEvidenceOrAWrittenExplanationThenLocks() {
        long r = openRound();
        long a = assessment(r, "SO_KHCN");
        fx.run("skhcn.cchc", () -> assertThatThrownBy(() -> self.submit(a, "Giám đốc", true))
                .isInstanceOf(ScoringException.class)
                .satisfies(e -> assertThat(((ScoringException) e).details()).contains(
                        "Tiêu chí 1.1.1: chưa chấm điểm.", "Tiêu chí 1.1.1: cần tài liệu kiểm chứng hoặc giải thích bằng văn bản.",
                        "Tiêu chí 1.1.2: chưa chấm điểm.")));
        fx.run("skhcn.cchc", () -> {
            self.score(item(r, "SO_KHCN", "1.1.1"), "2", null, null, List.of());
            for (String c : List.of("1.1.2", "2.1", "2.2", "3.1", "9.1", "9.2")) {
                self.score(item(r, "SO_KHCN", c), "1", null, null, List.of());
            }
        });
        fx.run("skhcn.cchc", () -> assertThatThrownBy(() -> self.submit(a, "Giám đốc", true))
                .satisfies(e -> assertThat(((ScoringException) e).details())
                        .containsExactly("Tiêu chí 1.1.1: cần tài liệu kiểm chứng hoặc giải thích bằng văn bản.")));
        fx.run("skhcn.cchc", () -> assertThatThrownBy(() -> self.submit(a, " ", false))
                .satisfies(e -> assertThat(((ScoringException) e).details()).contains("Cần họ tên và xác nhận của thủ trưởng đơn vị.")));
        fx.run("skhcn.cchc", () -> {
            self.score(item(r, "SO_KHCN", "1.1.1"), "2", null, "Bản giấy lưu tại văn thư", List.of());
            self.submit(a, "Giám đốc Sở", true);
        });
        assertThat(store.requireAssessment(a).submitted()).isTrue();
        // locked: no more self-scoring
        fx.run("skhcn.cchc", () -> assertThatThrownBy(() -> self.score(item(r, "SO_KHCN", "2.1"), "0", null, null, List.of()))
                .isInstanceOf(ScoringException.class).hasMessage("scoring.assessment.submitted"));
        assertThat(selfPoints(item(r, "SO_KHCN", "2.1"))).isEqualByComparingTo("1");
        // reopened by the standing agency with a reason: the unit can change it again
        fx.run("snv.cchc", () -> rounds.reopen(a, "Đơn vị đề nghị bổ sung tài liệu", LocalDate.now(clock).plusDays(3)));
        fx.run("skhcn.cchc", () -> self.score(item(r, "SO_KHCN", "2.1"), "0", null, null, List.of()));
        assertThat(selfPoints(item(r, "SO_KHCN", "2.1"))).isEqualByComparingTo("0");
        assertThat(store.reopens(a)).extracting(ScoreRounds.Reopen::reason).containsExactly("Đơn vị đề nghị bổ sung tài liệu");
    }

    @Test
    void lockedAssessmentAnswersTheApiWithConflict() throws Exception {
        long r = openRound();
        long item = item(r, "SO_TU_PHAP", "2.1");
        fx.run("snv.cchc", () -> jdbc.sql("update score_assessment set status = 'SUBMITTED' where id = ?")
                .param(assessment(r, "SO_TU_PHAP")).update());
        mvc.perform(put("/api/v1/scoring/items/" + item + "/self").with(as("stp.cchc"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"points\":\"3\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Phiếu tự chấm đã chốt; không thể thay đổi."));
        assertThat(selfPoints(item)).isNull();
    }

    @Test
    void actionsAfterTheirDeadlineAreRefused() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long r = round(today.minusDays(3), today.plusDays(2), today.plusDays(4));
        long item = item(r, "SO_TU_PHAP", "2.1");
        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "3").with(as("stp.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "Đã quá hạn tự chấm điểm (" + ScoringTexts.dmy(today.minusDays(3))
                        + "); không thể thay đổi."));
        assertThat(selfPoints(item)).isNull();
        // past the self deadline the appraiser may appraise an unsubmitted unit; request an explanation
        fx.run("snv.cchc", () -> {
            appraisals.appraise(item, "1", "Không có tài liệu kiểm chứng", "Đề nghị giải trình");
            appraisals.appraise(item(r, "SO_TU_PHAP", "2.2"), "0", "Không rà soát", null);
        });
        // the explanation deadline passes (the standing agency moves the dates, with a reason)
        fx.run("snv.cchc", () -> rounds.changeDeadlines(r, today.minusDays(3), today.minusDays(2), today.minusDays(1),
                "Kiểm thử hạn giải trình"));
        fx.run("stp.cchc", () -> assertThatThrownBy(() -> self.answer(item, "Giải trình muộn", List.of()))
                .isInstanceOf(ScoringException.class).hasMessage("scoring.deadline.explanation"));
        fx.run("snv.cchc", () -> assertThatThrownBy(() -> appraisals.appraise(item, "2", "Sửa lại", null))
                .hasMessage("scoring.deadline.appraisal"));
        assertThat(store.requireItem(item).explanationAnswer()).isNull();
        assertThat(store.requireItem(item).appraisedPoints()).isEqualByComparingTo("1");
        // with no answer by the deadline the appraiser can still decide and finalise
        fx.run("snv.cchc", () -> appraisals.decideExplanation(item, false, null, "Đơn vị không giải trình"));
        assertThat(store.requireItem(item).explanationOutcome()).isEqualTo("REJECTED");
        // Sở KH&CN never scored 2.1 and nobody appraised it: the area cannot be finalised
        fx.run("thamdinh", () -> assertThatThrownBy(() -> rounds.finaliseArea(r, "2"))
                .isInstanceOf(ScoringException.class).hasMessage("scoring.finalise.rejected")
                .satisfies(e -> assertThat(((ScoringException) e).details())
                        .containsExactly("Sở Khoa học và Công nghệ · 2.1: chưa thẩm định.",
                                "Sở Khoa học và Công nghệ · 2.2: chưa thẩm định.")));
    }

    @Test
    void anExplanationIsAnsweredOnceThenLocked() {
        long r = openRound();
        long item = item(r, "SO_TU_PHAP", "2.1");
        long a = assessment(r, "SO_TU_PHAP");
        fx.run("stp.cchc", () -> {
            for (String c : List.of("1.1.2", "2.1", "2.2", "3.1", "9.1", "9.2")) {
                long id = item(r, "SO_TU_PHAP", c);
                // an item computed from Sở Tư pháp's tasks keeps the points the data gave (other tests may add tasks)
                BigDecimal fed = store.requireItem(id).selfPoints();
                self.score(id, fed == null ? "1" : fed.stripTrailingZeros().toPlainString().replace('.', ','), null, null, List.of());
            }
            self.score(item(r, "SO_TU_PHAP", "1.1.1"), "1", null, null, List.of(new SelfAssessments.Upload("kh.pdf", PDF)));
            self.submit(a, "Giám đốc", true);
        });
        fx.run("snv.cchc", () -> appraisals.appraise(item, "0", "Chưa ban hành", "Nêu rõ số văn bản"));
        fx.run("stp.cchc", () -> {
            assertThatThrownBy(() -> self.submitExplanation(a)).hasMessage("scoring.explanation.rejected");
            self.answer(item, "Văn bản 12/QĐ-STP", List.of(new SelfAssessments.Upload("qd.pdf", PDF)));
            self.submitExplanation(a);
            assertThatThrownBy(() -> self.answer(item, "Sửa giải trình", List.of())).hasMessage("scoring.explanation.locked");
        });
        assertThat(store.requireItem(item).explanationAnswer()).isEqualTo("Văn bản 12/QĐ-STP");
        // a change without a reason is refused; an explanation decision needs a reason
        fx.run("snv.cchc", () -> {
            assertThatThrownBy(() -> appraisals.appraise(item(r, "SO_TU_PHAP", "2.2"), "0", " ", null))
                    .hasMessage("scoring.appraise.reasonRequired");
            assertThatThrownBy(() -> appraisals.decideExplanation(item, true, null, null)).hasMessage("scoring.reason.required");
            appraisals.decideExplanation(item, true, null, "Đã có văn bản");
        });
        assertThat(store.requireItem(item).appraisedPoints()).isEqualByComparingTo("1");
    }

    @Test
    void aUnitCannotSeeAnotherUnitsSelfAssessmentBeforePublication() throws Exception {
        long r = openRound();
        long stp = assessment(r, "SO_TU_PHAP");
        mvc.perform(get("/scoring/assessments/" + stp).with(as("stp.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/assessments/" + stp).with(as("skhcn.cchc"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/scoring/assessments/" + stp + "/items").with(as("skhcn.cchc"))).andExpect(status().isForbidden());
        mvc.perform(get("/scoring/assessments/" + stp + "/evidence.zip").with(as("skhcn.cchc"))).andExpect(status().isForbidden());
        mvc.perform(get("/scoring/rounds/" + r + "/results").with(as("skhcn.cchc"))).andExpect(status().isForbidden());
        mvc.perform(get("/public/scoring/" + r)).andExpect(status().isNotFound());
        mvc.perform(get("/scoring/assessments/" + stp).with(as("snv.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/assessments/" + stp).with(as("lanhdao"))).andExpect(status().isOk());
        // nor write into it
        long item = item(r, "SO_TU_PHAP", "2.1");
        mvc.perform(multipart("/scoring/items/" + item + "/self").param("points", "1").with(as("skhcn.cchc")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(selfPoints(item)).isNull();
    }

    @Test
    void anAppraiserSeesAndScoresOnlyTheirArea() throws Exception {
        long r = openRound();
        fx.run("stp.cchc", () -> jdbc.sql("update score_assessment set status = 'SUBMITTED' where round_id = ?").param(r).update());
        mvc.perform(get("/scoring/rounds/" + r + "/areas/2").with(as("thamdinh"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/rounds/" + r + "/areas/1").with(as("thamdinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/scoring/assessments/" + assessment(r, "SO_KHCN")).with(as("thamdinh"))).andExpect(status().isForbidden());
        long area1 = item(r, "SO_KHCN", "1.1.1");
        mvc.perform(post("/scoring/items/" + area1 + "/appraise").param("points", "0").param("reason", "x")
                .with(as("thamdinh")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/scoring/items/" + area1 + "/appraisal").with(as("thamdinh"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"points\":\"0\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(store.requireItem(area1).appraisedPoints()).isNull();
        long area2 = item(r, "SO_KHCN", "2.1");
        mvc.perform(post("/scoring/items/" + area2 + "/appraise").param("points", "3").with(as("thamdinh")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "Tiêu chí 2.1: thay đổi điểm so với điểm tự chấm phải nêu lý do."));
        mvc.perform(post("/scoring/items/" + area2 + "/appraise").param("points", "3").param("reason", "Thiếu một văn bản")
                .with(as("thamdinh")).with(csrf())).andExpect(flash().attribute("flashSuccess", "scoring.flash.appraised"));
        assertThat(store.requireItem(area2).appraisedPoints()).isEqualByComparingTo("3");
        // a unit officer is not an appraiser
        mvc.perform(get("/scoring/rounds/" + r + "/areas/2").with(as("skhcn.cchc"))).andExpect(status().isForbidden());
    }

    @Test
    void notApplicableItemsLeaveTheMaximumAndComputedItemsShowTheirComputation() {
        int year = ScoringFixture.newYear();
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        long khcn = fx.unit("SO_KHCN");
        FakeScoreSources.INDICATORS.put("TEST_DUNG_HAN/" + khcn + "/" + year, new BigDecimal("100"));
        LocalDate today = LocalDate.now(clock);
        long r = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, set), List.of("SO_KHCN"), today.plusDays(1),
                today.plusDays(2), today.plusDays(3));
        long computed = item(r, "SO_KHCN", "3.1");
        assertThat(selfPoints(computed)).isEqualByComparingTo("4");
        assertThat(store.requireItem(computed).computedDetail()).isEqualTo(
                "Chỉ số TEST_DUNG_HAN = 100 (dữ liệu kiểm thử). Đạt ngưỡng 98: được tối đa 4 điểm.");
        // the unit cannot overwrite a computed value
        fx.run("skhcn.cchc", () -> assertThatThrownBy(() -> self.score(computed, "3", null, null, List.of()))
                .hasMessage("scoring.computed.fixed"));
        // the value changes at the source: refreshing records the change
        FakeScoreSources.INDICATORS.put("TEST_DUNG_HAN/" + khcn + "/" + year, new BigDecimal("49"));
        fx.run("skhcn.cchc", () -> self.refreshComputed(assessment(r, "SO_KHCN")));
        assertThat(selfPoints(computed)).isEqualByComparingTo("2");
        assertThat(store.changes(assessment(r, "SO_KHCN"))).filteredOn(c -> c.itemId() == computed)
                .extracting(ScoreItem.Change::stage).containsExactly("COMPUTED", "COMPUTED");
        // 2.1 (4 points) and 3.2 (5 points) do not apply: maximum 20 − 9 = 11
        fx.run("snv.cchc", () -> {
            rounds.setNotApplicable(item(r, "SO_KHCN", "2.1"), true, "Không có thẩm quyền ban hành văn bản QPPL");
            rounds.setNotApplicable(item(r, "SO_KHCN", "3.2"), true, "Không có TTHC");
        });
        fx.run("skhcn.cchc", () -> {
            self.score(item(r, "SO_KHCN", "1.1.1"), "2", null, null, List.of());
            self.score(item(r, "SO_KHCN", "1.1.2"), "3", null, null, List.of());
            self.score(item(r, "SO_KHCN", "2.2"), "2", null, null, List.of());
            assertThatThrownBy(() -> self.score(item(r, "SO_KHCN", "2.1"), "4", null, null, List.of()))
                    .hasMessage("scoring.item.notApplicable");
        });
        Results.UnitResult u = fx.as("snv.cchc", () -> results.of(r)).get(0);
        // 2 + 3 + 2 + 2 (computed) = 9 of 11 → 81,82
        assertThat(u.max()).isEqualByComparingTo("11");
        assertThat(u.total()).isEqualByComparingTo("9");
        assertThat(u.index()).isEqualByComparingTo("81.82");
        assertThat(u.band()).isEqualTo("Tốt");
    }

    @Test
    void roundsAndSetsRefuseBadInput() {
        int year = ScoringFixture.newYear();
        List<CriterionInput> bad = List.of(ScoringFixture.head("1", "Lĩnh vực"),
                ScoringFixture.manual("1.1", "Tiêu chí", "0"),
                ScoringFixture.manual("2.1", "Không có cha", "2"),
                ScoringFixture.row("1.2", "Chỉ số", "2", ItemKind.NORMAL, Method.INDICATOR, "0;3", null, null, false));
        long before = jdbc.sql("select count(*) from score_set").query(Long.class).single();
        fx.run("snv.cchc", () -> assertThatThrownBy(() -> sets.create(new CriterionInput.Header(year, ScoringGroup.DEPARTMENT,
                "Sai", null, null, null), bad, false, false, null))
                .satisfies(e -> assertThat(((ScoringException) e).details()).contains(
                        "Tiêu chí 1.1: điểm tối đa phải lớn hơn 0, không quá 100, tối đa hai chữ số thập phân.",
                        "Mã 2.1 không có mục cha 2 ở phía trên.",
                        "Tiêu chí 1.2: mức điểm cho phép vượt quá điểm tối đa.",
                        "Tiêu chí 1.2 tính theo chỉ số nhưng chưa có mã chỉ số.")));
        assertThat(jdbc.sql("select count(*) from score_set").query(Long.class).single()).isEqualTo(before);
        long set = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        LocalDate today = LocalDate.now(clock);
        fx.run("snv.cchc", () -> assertThatThrownBy(() -> rounds.open(new Rounds.RoundForm(year, "Sai",
                Map.of(ScoringGroup.DEPARTMENT, set), Map.of(), List.of(fx.unit("SO_KHCN"), fx.unit("X_HUNG_TAY")),
                today.plusDays(9), today.plusDays(2), today.plusDays(3), Map.of("1", fx.unit("SO_NOI_VU")), false)))
                .satisfies(e -> assertThat(((ScoringException) e).details()).contains(
                        "Các hạn phải theo thứ tự: tự chấm, rồi thẩm định, rồi giải trình.",
                        "Đơn vị Xã Hưng Tây không thuộc nhóm nào có bộ tiêu chí trong đợt.",
                        "Chưa phân công đơn vị thẩm định lĩnh vực 2.")));
        // an active set is frozen; a unit officer may not open rounds
        fx.run("snv.cchc", () -> assertThatThrownBy(() -> sets.activate(set)).hasMessage("scoring.set.notDraft"));
        fx.run("stp.cchc", () -> assertThatThrownBy(() -> rounds.open(null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
    }
}
