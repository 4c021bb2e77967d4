package vn.cchc.scoring;

import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import vn.cchc.UsesDemoData;
import vn.cchc.scoring.ScoreSource.TaskCompletion;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A whole round for two departments and one commune: computed items, a not-applicable item, survey points,
 * a changed score with its reason, an explanation accepted, finalise, consolidate, publish; the ranking is
 * checked against figures worked out by hand (see the comments).
 */
@UsesDemoData("the demo accounts")
class FullRoundTest extends ScoringTestBase {

    @Autowired
    Clock clock;

    @Test
    void aRoundFromOpeningToThePublishedRanking() throws Exception {
        int year = ScoringFixture.newYear();
        long dept = fx.activeSet(year, ScoringGroup.DEPARTMENT, ScoringFixture.departmentRows(), "1", "2");
        long comm = fx.activeSet(year, ScoringGroup.COMMUNE, ScoringFixture.communeRows(), "2", "2");
        long stp = fx.unit("SO_TU_PHAP");
        long khcn = fx.unit("SO_KHCN");
        // computed inputs: Sở Tư pháp 9 of 10 tasks on time and 99 % on time; Sở KH&CN no task data and 49 %
        FakeScoreSources.TASKS.put(stp + "/" + year, new TaskCompletion(10, 9, "kế hoạch kiểm thử"));
        FakeScoreSources.INDICATORS.put("TEST_DUNG_HAN/" + stp + "/" + year, d("99"));
        FakeScoreSources.INDICATORS.put("TEST_DUNG_HAN/" + khcn + "/" + year, d("49"));
        LocalDate today = LocalDate.now(clock);
        long round = fx.openRound(year, Map.of(ScoringGroup.DEPARTMENT, dept, ScoringGroup.COMMUNE, comm),
                List.of("SO_TU_PHAP", "SO_KHCN", "X_HUNG_TAY"), today.plusDays(5), today.plusDays(10), today.plusDays(15));

        // computed on opening, with the computation written out
        assertThat(selfPoints(item(round, "SO_TU_PHAP", "1.1.2"))).isEqualByComparingTo("2.70");
        assertThat(selfPoints(item(round, "SO_TU_PHAP", "3.1"))).isEqualByComparingTo("4");
        assertThat(selfPoints(item(round, "SO_KHCN", "3.1"))).isEqualByComparingTo("2.00");
        assertThat(selfPoints(item(round, "SO_KHCN", "1.1.2"))).isNull();
        assertThat(store.requireItem(item(round, "SO_TU_PHAP", "1.1.2")).computedDetail())
                .contains("9/10", "90", "3 × 90 / 100 = 2,7");
        assertThat(store.requireItem(item(round, "SO_KHCN", "3.1")).computedDetail()).contains("49", "4 × 49 / 98 = 2");
        assertThat(store.requireItem(item(round, "SO_KHCN", "1.1.2")).computedDetail()).contains("Chưa có dữ liệu");

        // the standing agency: 2.2 does not apply to Sở KH&CN; survey points
        fx.run("snv.cchc", () -> {
            rounds.setNotApplicable(item(round, "SO_KHCN", "2.2"), true, "Đơn vị không có nhiệm vụ rà soát văn bản");
            rounds.enterSurvey(item(round, "SO_TU_PHAP", "3.2"), "4,5", "Kết quả điều tra XHH năm " + year);
            rounds.enterSurvey(item(round, "SO_KHCN", "3.2"), "3", "Kết quả điều tra XHH năm " + year);
        });

        // self-assessment: Sở Tư pháp with a file, Sở KH&CN with a written explanation instead of a file
        fx.run("stp.cchc", () -> {
            self.score(item(round, "SO_TU_PHAP", "1.1.1"), "2", "Kế hoạch 05/KH-STP ngày 20/12",
                    null, List.of(new SelfAssessments.Upload("ke-hoach.pdf", PDF)));
            self.score(item(round, "SO_TU_PHAP", "2.1"), "4", "Ban hành đủ 3/3 văn bản", null, List.of());
            self.score(item(round, "SO_TU_PHAP", "2.2"), "1,5", null, null, List.of());
            self.score(item(round, "SO_TU_PHAP", "9.1"), "2", "Sáng kiến được công nhận", null, List.of());
            self.score(item(round, "SO_TU_PHAP", "9.2"), "0", null, null, List.of());
            self.submit(assessment(round, "SO_TU_PHAP"), "Nguyễn Văn Giám đốc", true);
        });
        fx.run("skhcn.cchc", () -> {
            self.score(item(round, "SO_KHCN", "1.1.1"), "2", null, "Kế hoạch 10/KH-SKHCN chỉ có bản giấy", List.of());
            self.score(item(round, "SO_KHCN", "1.1.2"), "1,5", "Tự tính: 3/6 nhiệm vụ đúng hạn", null, List.of());
            self.score(item(round, "SO_KHCN", "2.1"), "3", null, null, List.of());
            self.score(item(round, "SO_KHCN", "9.1"), "0", null, null, List.of());
            self.score(item(round, "SO_KHCN", "9.2"), "1", null, null, List.of());
            self.submit(assessment(round, "SO_KHCN"), "Trần Thị Giám đốc", true);
        });
        fx.run("admin", () -> {
            for (String[] s : new String[][]{{"1.1", "5"}, {"1.2", "4"}, {"2.1", "8"}, {"3.1", "9"}, {"9.1", "1"}, {"9.2", "0"}}) {
                self.score(item(round, "X_HUNG_TAY", s[0]), s[1], null, null, List.of());
            }
            self.submit(assessment(round, "X_HUNG_TAY"), "Chủ tịch UBND xã", true);
        });

        // appraisal: Sở Tư pháp (area 2) appraises the others; its own area 2 is appraised by the standing agency,
        // which changes a score with a reason and asks for an explanation
        fx.run("snv.cchc", () -> {
            appraisals.appraise(item(round, "SO_TU_PHAP", "2.1"), "3", "Một văn bản ban hành chậm so với kế hoạch",
                    "Đề nghị giải trình việc ban hành chậm");
            appraisals.appraise(item(round, "SO_TU_PHAP", "2.2"), null, null, null);
        });
        fx.run("thamdinh", () -> {
            appraisals.appraise(item(round, "SO_KHCN", "2.1"), null, null, null);
            appraisals.appraise(item(round, "X_HUNG_TAY", "2.1"), "7", "Chưa rà soát văn bản hết hiệu lực", null);
        });
        fx.run("snv.cchc", () -> {
            for (String unit : List.of("SO_TU_PHAP", "SO_KHCN")) {
                for (String code : List.of("1.1.1", "1.1.2", "3.1", "9.1", "9.2")) {
                    boolean change = unit.equals("SO_KHCN") && code.equals("1.1.1");
                    appraisals.appraise(item(round, unit, code), change ? "1" : null,
                            change ? "Kế hoạch ban hành sau ngày 31/12" : null, null);
                }
            }
            for (String code : List.of("1.1", "1.2", "3.1", "9.1", "9.2")) {
                appraisals.appraise(item(round, "X_HUNG_TAY", code), null, null, null);
            }
        });

        // explanation: answered once with a file, sent (locked), then accepted: back to the self-score
        long stp21 = item(round, "SO_TU_PHAP", "2.1");
        fx.run("stp.cchc", () -> {
            self.answer(stp21, "Kế hoạch đã được UBND tỉnh điều chỉnh; văn bản ban hành đúng hạn mới",
                    List.of(new SelfAssessments.Upload("van-ban-dieu-chinh.pdf", PDF)));
            self.submitExplanation(assessment(round, "SO_TU_PHAP"));
        });
        fx.run("snv.cchc", () -> appraisals.decideExplanation(stp21, true, null, "Chấp nhận: kế hoạch đã được điều chỉnh"));

        // finalise every area, consolidate, publish
        fx.run("snv.cchc", () -> List.of("1", "3", "9").forEach(a -> rounds.finaliseArea(round, a)));
        fx.run("thamdinh", () -> rounds.finaliseArea(round, "2"));
        fx.run("snv.cchc", () -> rounds.consolidate(round));
        fx.run("lanhdao", () -> rounds.publish(round, "99/QĐ-UBND ngày 25/4/" + (year + 1)));

        // ranking by hand:
        // Sở Tư pháp: 2 + 2,70 + 4 + 1,5 + 4 + 4,5 = 18,70 of 20; bonus 2 capped at 1 → 19,70; index 98,50 (Xuất sắc)
        // Sở KH&CN: 2.2 not applicable → max 18; 1 + 1,5 + 3 + 2 + 3 = 10,50; penalty 1 → 9,50; index 52,78 (Trung bình)
        //           self: 2 + 1,5 + 3 + 2 + 3 − 1 = 10,50 → 58,33
        // Xã Hưng Tây: 5 + 4 + 7 + 9 = 25 of 30; bonus 1 → 26; index 86,67 (Tốt); self 27 → 90,00
        Map<String, Results.UnitResult> r = new java.util.HashMap<>();
        fx.as("snv.cchc", () -> results.of(round)).forEach(u -> r.put(u.unit().code(), u));
        Results.UnitResult tp = r.get("SO_TU_PHAP");
        assertThat(tp.max()).isEqualByComparingTo("20");
        assertThat(tp.total()).isEqualByComparingTo("19.70");
        assertThat(tp.selfTotal()).isEqualByComparingTo("19.70");
        assertThat(tp.index()).isEqualByComparingTo("98.50");
        assertThat(tp.band()).isEqualTo("Xuất sắc");
        assertThat(tp.rank()).isEqualTo(1);
        assertThat(tp.areas()).extracting(Results.AreaIndex::index)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("94.00"), d("91.67"), d("94.44"));
        Results.UnitResult kh = r.get("SO_KHCN");
        assertThat(kh.max()).isEqualByComparingTo("18");
        assertThat(kh.total()).isEqualByComparingTo("9.50");
        assertThat(kh.index()).isEqualByComparingTo("52.78");
        assertThat(kh.selfIndex()).isEqualByComparingTo("58.33");
        assertThat(kh.band()).isEqualTo("Trung bình");
        assertThat(kh.rank()).isEqualTo(2);
        Results.UnitResult xa = r.get("X_HUNG_TAY");
        assertThat(xa.total()).isEqualByComparingTo("26");
        assertThat(xa.index()).isEqualByComparingTo("86.67");
        assertThat(xa.selfIndex()).isEqualByComparingTo("90.00");
        assertThat(xa.band()).isEqualTo("Tốt");
        assertThat(xa.rank()).isEqualTo(1);

        // every change of the score is traceable: who, when, from, to, why
        List<ScoreItem.Change> history = store.changes(assessment(round, "SO_TU_PHAP")).stream()
                .filter(c -> c.itemId() == stp21).toList();
        assertThat(history).extracting(ScoreItem.Change::stage).containsExactly("SELF", "APPRAISAL", "EXPLANATION");
        ScoreItem.Change appraisal = history.get(1);
        assertThat(appraisal.actor()).isEqualTo("snv.cchc");
        assertThat(appraisal.fromPoints()).isEqualByComparingTo("4");
        assertThat(appraisal.toPoints()).isEqualByComparingTo("3");
        assertThat(appraisal.reason()).isEqualTo("Một văn bản ban hành chậm so với kế hoạch");
        assertThat(appraisal.occurredAt()).isNotNull();
        assertThat(history.get(2).toPoints()).isEqualByComparingTo("4");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'score_item' and entity_id = ? and actor = 'snv.cchc'")
                .param(String.valueOf(stp21)).query(Long.class).single()).isEqualTo(3);

        // the public page shows the published ranking, without signing in
        mvc.perform(get("/public/scoring/" + round)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("98,50")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Xuất sắc")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Ban hành đủ 3/3"))));
        // after publication another unit may read the sheet
        mvc.perform(get("/scoring/assessments/" + assessment(round, "SO_TU_PHAP")).with(as("skhcn.cchc")))
                .andExpect(status().isOk());
        // exports of the published round
        byte[] docx = mvc.perform(get("/scoring/rounds/" + round + "/ranking.docx").with(as("xem")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            text = ex.getText();
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
        assertThat(text).contains("UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số:", "Nghệ An, ngày", "BÁO CÁO", "Nơi nhận:", "Sở Tư pháp", "98,50");
        byte[] xlsx = mvc.perform(get("/scoring/rounds/" + round + "/ranking.xlsx").with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Sở Tư pháp");
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(98.5);
        }
        byte[] zip = mvc.perform(get("/scoring/assessments/" + assessment(round, "SO_TU_PHAP") + "/evidence.zip")
                .with(as("stp.cchc"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> entries = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).containsExactlyInAnyOrder("1.1.1/ke-hoach.pdf", "2.1/giai-trinh/van-ban-dieu-chinh.pdf");
        mvc.perform(get("/scoring/assessments/" + assessment(round, "SO_KHCN") + "/sheet.docx").with(as("skhcn.cchc")))
                .andExpect(status().isOk());
        mvc.perform(get("/scoring/assessments/" + assessment(round, "SO_KHCN") + "/sheet.xlsx").with(as("skhcn.cchc")))
                .andExpect(status().isOk());
        mvc.perform(get("/scoring/rounds/" + round + "/results").with(as("stp.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-chart")));
    }
}
