package vn.cchc.scoring;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.util.List;
import vn.cchc.UsesDemoData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Criteria sets (demo, Excel round trip, copy to the next year) and every scoring page rendering for its users. */
@UsesDemoData("the demo accounts, the demo rounds")
class SetsAndPagesTest extends ScoringTestBase {

    private long demoSet(ScoringGroup group) {
        return jdbc.sql("select id from score_set where sample and year = 2025 and unit_group = ?").param(group.name())
                .query(Long.class).single();
    }

    private long demoRound() {
        return jdbc.sql("select id from score_round where demo and year = 2025 order by id limit 1").query(Long.class).single();
    }

    @Test
    void theDemoSetsFollowTheNationalFrameAndAreMarkedAsSamples() {
        for (ScoringGroup g : ScoringGroup.values()) {
            ScoreSet s = sets.set(demoSet(g)).orElseThrow();
            CriteriaTree tree = sets.tree(s.id());
            assertThat(s.sample()).isTrue();
            assertThat(s.name()).startsWith("[Dữ liệu mẫu]");
            assertThat(s.active()).isTrue();
            assertThat(tree.max()).isEqualByComparingTo("100");
            assertThat(tree.areas()).hasSize(9);
            assertThat(tree.leaves()).anyMatch(n -> n.criterion().method() == Method.INDICATOR)
                    .anyMatch(n -> n.criterion().method() == Method.TASK_COMPLETION)
                    .anyMatch(n -> n.criterion().method() == Method.SURVEY)
                    .anyMatch(n -> n.criterion().kind() == ItemKind.BONUS)
                    .anyMatch(n -> n.criterion().kind() == ItemKind.PENALTY);
        }
    }

    @Test
    void aSetExportedToExcelImportsUnchangedAsANewDraftVersion() throws Exception {
        long id = demoSet(ScoringGroup.COMMUNE);
        byte[] xlsx = mvc.perform(get("/scoring/sets/" + id + "/export.xlsx").with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String location = mvc.perform(multipart("/scoring/sets/import").file(new MockMultipartFile("file", "bo.xlsx",
                        CriteriaSheets.CONTENT_TYPE, xlsx)).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long imported = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ScoreSet copy = sets.set(imported).orElseThrow();
        assertThat(copy.draft()).isTrue();
        assertThat(copy.year()).isEqualTo(2025);
        assertThat(copy.version()).isGreaterThan(1);
        List<CriterionInput> a = sets.inputs(id);
        List<CriterionInput> b = sets.inputs(imported);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).code()).isEqualTo(a.get(i).code());
            assertThat(b.get(i).name()).isEqualTo(a.get(i).name());
            assertThat(b.get(i).maxPoints()).isEqualByComparingTo(a.get(i).maxPoints());
            assertThat(b.get(i).method()).isEqualTo(a.get(i).method());
            assertThat(b.get(i).kind()).isEqualTo(a.get(i).kind());
            assertThat(b.get(i).allowedValues()).isEqualTo(a.get(i).allowedValues());
            assertThat(b.get(i).bands()).isEqualTo(a.get(i).bands());
            assertThat(b.get(i).evidenceRequired()).isEqualTo(a.get(i).evidenceRequired());
        }
        // a file that is not a workbook: a Vietnamese message, nothing created
        long count = jdbc.sql("select count(*) from score_set").query(Long.class).single();
        mvc.perform(multipart("/scoring/sets/import").file(new MockMultipartFile("file", "x.xlsx", CriteriaSheets.CONTENT_TYPE,
                        "không phải excel".getBytes())).with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "Không lưu được: có 1 lỗi, không có thay đổi nào."))
                .andExpect(flash().attribute("scoringErrors", List.of("Tệp không phải là bảng tính Excel (.xlsx) đọc được.")));
        assertThat(jdbc.sql("select count(*) from score_set").query(Long.class).single()).isEqualTo(count);
        // a unit officer may not import
        mvc.perform(multipart("/scoring/sets/import").file(new MockMultipartFile("file", "bo.xlsx",
                CriteriaSheets.CONTENT_TYPE, xlsx)).with(as("stp.cchc")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aSetIsCopiedToTheNextYearAndEditedAsADraft() throws Exception {
        long id = demoSet(ScoringGroup.DEPARTMENT);
        int year = ScoringFixture.newYear();
        String location = mvc.perform(post("/scoring/sets/" + id + "/copy").param("year", String.valueOf(year))
                .with(as("snv.cchc")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ScoreSet s = sets.set(copy).orElseThrow();
        assertThat(s.year()).isEqualTo(year);
        assertThat(s.copiedFromId()).isEqualTo(id);
        assertThat(s.name()).contains(String.valueOf(year));
        Criterion c = sets.criteria(copy).stream().filter(x -> x.code().equals("1.1.1")).findFirst().orElseThrow();
        mvc.perform(post("/scoring/sets/" + copy + "/criteria/" + c.id()).param("name", "Ban hành kế hoạch CCHC trước 15/12")
                .param("maxPoints", "1,5").param("kind", "NORMAL").param("method", "MANUAL").param("allowedValues", "0;1,5")
                .param("evidenceRequired", "true").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "scoring.flash.saved"));
        Criterion edited = sets.criterion(c.id()).orElseThrow();
        assertThat(edited.name()).isEqualTo("Ban hành kế hoạch CCHC trước 15/12");
        assertThat(edited.maxPoints()).isEqualByComparingTo("1.5");
        assertThat(sets.tree(id).max()).isEqualByComparingTo("100");
        mvc.perform(post("/scoring/sets/" + copy + "/activate").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "scoring.flash.activated"));
        mvc.perform(post("/scoring/sets/" + copy + "/criteria/" + c.id()).param("name", "x").param("maxPoints", "1")
                        .param("kind", "NORMAL").param("method", "MANUAL").with(as("snv.cchc")).with(csrf()))
                .andExpect(flash().attribute("scoringError", "Bộ tiêu chí đã ban hành không được sửa; hãy sao chép thành phiên bản mới."));
    }

    @Test
    void everyPageRendersForItsUsers() throws Exception {
        long round = demoRound();
        long stp = assessment(round, "SO_TU_PHAP");
        mvc.perform(get("/scoring").with(as("stp.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiếu của đơn vị tôi")));
        mvc.perform(get("/scoring").with(as("thamdinh"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thẩm định lĩnh vực 2")));
        mvc.perform(get("/scoring/sets/" + demoSet(ScoringGroup.DEPARTMENT)).with(as("xem"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("bộ tiêu chí mẫu")));
        mvc.perform(get("/scoring/rounds/new").with(as("snv.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/rounds/new").with(as("stp.cchc"))).andExpect(status().isForbidden());
        mvc.perform(get("/scoring/rounds/" + round).with(as("snv.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/rounds/" + round).with(as("stp.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/assessments/" + stp).with(as("stp.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chốt điểm tự chấm")))
                .andExpect(content().string(containsString("nhiệm vụ chủ trì đến hạn năm 2025 hoàn thành đúng hạn")));
        mvc.perform(get("/scoring/assessments/" + stp).with(as("snv.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập điểm điều tra")));
        mvc.perform(get("/scoring/rounds/" + round + "/areas/2").with(as("thamdinh"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/rounds/" + round + "/areas/1").with(as("snv.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/rounds/" + round + "/results").with(as("lanhdao"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("scoring-charts.js")));
        mvc.perform(get("/public/scoring")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/scoring/rounds").with(as("xem"))).andExpect(status().isOk());
        mvc.perform(get("/scoring/assessments/" + stp + "/sheet.docx").with(as("stp.cchc"))).andExpect(status().isOk());
        mvc.perform(get("/js/scoring-charts.js")).andExpect(status().isOk());
    }
}
