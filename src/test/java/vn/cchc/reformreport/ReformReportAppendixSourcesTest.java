package vn.cchc.reformreport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection and propaganda modules put their figures into a unit's quarter I report of 2025 (window 15/12/2024
 * to 14/03/2025): a surprise inspection of the unit on 10/02/2025 with two recommendations, one fixed on 20/02 before
 * its deadline of 28/02, one due 10/03 and left undone; and outputs the unit logged on 10/01, 05/02 and, after the
 * window, on 20/03.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReformReportAppendixSourcesTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportSubmissions submissions;
    @Autowired
    ReportPeriods periods;

    Map<String, Long> figures;
    List<Figure> drafted;

    @BeforeAll
    void inspectLogAndDraft() throws Exception {
        ReformReportFixture f = new ReformReportFixture(context).withTasks();
        String standingAgency = new TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU");
        String answer = mvc.perform(post("/api/v1/inspections").with(as(standingAgency))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"kind":"ADMINISTRATIVE_REFORM","surprise":true,"unitCode":"%s","inspectedOn":"2025-02-10",
                                 "noticeNumber":"%s","noticeDate":"2025-02-14",
                                 "findings":[{"area":"PROCEDURES","text":"Chưa niêm yết đủ thủ tục hành chính tại bộ phận một cửa."}],
                                 "recommendations":[
                                   {"content":"Niêm yết đầy đủ thủ tục hành chính","area":"PROCEDURES","unitCodes":["%1$s"],
                                    "deadline":"trước ngày 28/2/2025"},
                                   {"content":"Gửi văn bản xin lỗi cho hồ sơ quá hạn","area":"PROCEDURES","unitCodes":["%1$s"],
                                    "deadline":"trước ngày 10/3/2025"}]}"""
                                .formatted(f.unitCode, "7" + System.nanoTime() % 100_000 + "/TB-ĐKT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long fixed = Long.parseLong(answer.replaceAll("(?s).*\"taskIds\":\\[(\\d+).*", "$1"));
        mvc.perform(multipart("/plans/tasks/{id}/progress", fixed).param("status", "DONE").param("outputDate", "2025-02-20")
                .param("outputNumber", "12/BC-" + f.unitCode).with(as(f.officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long entry = jdbc.sql("select max(id) from task_progress where task_id = ?").param(fixed).query(Long.class).single();
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(fixed))
                .with(as(standingAgency)).with(csrf())).andExpect(status().is3xxRedirection());

        long content = jdbc.sql("select min(t.id) from plan_task t join plan p on p.id = t.plan_id where p.identity_key = ?")
                .param("reformreport-test|" + f.unitCode).query(Long.class).single();
        logOutput(f, content, "NEWS_ARTICLE", "3", "2025-01-10", "Báo Nghệ An");
        logOutput(f, content, "LEAFLET", "1.200", "2025-02-05", null);
        logOutput(f, content, "BROADCAST", "1", "2025-03-20", "Đài Phát thanh và Truyền hình tỉnh");

        drafted = f.as(f.officer, () -> submissions.view(f.unit(), periods.resolve(ReformReportFixture.PERIOD))).figures();
        figures = drafted.stream().collect(Collectors.toMap(Figure::code, x -> x.computed() == null ? -1 : x.computed()));
    }

    private void logOutput(ReformReportFixture f, long content, String kind, String count, String day, String outlet)
            throws Exception {
        var request = multipart("/api/v1/propaganda/outputs").param("unit", f.unitCode).param("content", Long.toString(content))
                .param("kind", kind).param("count", count).param("publishedOn", day)
                .param("title", "Tuyên truyền cải cách hành chính " + day);
        if (outlet != null) {
            request.param("outlet", outlet);
        }
        mvc.perform(request.with(as(f.officer))).andExpect(status().isOk());
    }

    @Test
    void theAppendixCountsTheInspectionOfTheUnitMadeInTheWindow() {
        assertThat(figures).containsEntry("inspection-made", 1L);
    }

    @Test
    void theAppendixCountsTheRecommendationsDueInTheWindowByHowTheyStand() {
        assertThat(figures).containsEntry("inspection-recommendations", 2L).containsEntry("inspection-fixed-on-time", 1L)
                .containsEntry("inspection-fixed-late", 0L).containsEntry("inspection-overdue", 1L);
    }

    @Test
    void theAppendixSumsThePropagandaOutputsOfTheWindowByKind() {
        // 1.200 leaflets typed the Vietnamese way; the broadcast of 20/03 is after the window.
        assertThat(figures).containsEntry("propaganda-NEWS_ARTICLE", 3L).containsEntry("propaganda-LEAFLET", 1200L)
                .containsEntry("propaganda-BROADCAST", 0L);
    }

    @Test
    void theInspectionAndPropagandaRowsHaveTheirOwnPartsAfterTheBuiltInOnes() {
        assertThat(drafted.stream().map(Figure::part).distinct().toList())
                .containsSubsequence("Hồ sơ thủ tục hành chính", "Kiểm tra cải cách hành chính",
                        "Sản phẩm tuyên truyền cải cách hành chính");
        assertThat(drafted).filteredOn(x -> x.code().equals("propaganda-LEAFLET")).extracting(Figure::label)
                .containsExactly("Tờ rơi, tài liệu");
    }
}
