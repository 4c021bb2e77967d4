package vn.cchc.inspection;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.Directory;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;
import vn.cchc.scoring.ScoreSource;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scoring item "kiến nghị sau kiểm tra được khắc phục đúng hạn" of Sở Giáo dục và Đào tạo in 2021 (a year and a
 * unit no other inspection test uses): an inspection with four recommendations to it, due 30/04, 30/06 and 30/09/2021
 * and 31/01/2022; the first done on 20/04 (on time), the second on 15/07 (late), the third never (overdue at the
 * year's end). Of the three due in 2021 one was fixed on time: 1 × 100 / 3 = 33,33 %. The fourth counts in 2022.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionScoresTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Plans plans;
    @Autowired
    Directory directory;
    @Autowired
    List<ScoreSource> sources;

    long unit;

    @BeforeAll
    void anInspectionOfSoGddtWithFourRecommendations() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        String standing = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        String officer = accounts.create(Role.UNIT_OFFICER, "SO_GDDT");
        unit = directory.idOf("SO_GDDT");
        String body = """
                {"kind":"ADMINISTRATIVE_REFORM","surprise":true,"unitCode":"SO_GDDT","inspectedOn":"2021-03-10",
                 "noticeNumber":"%s","noticeDate":"2021-03-15",
                 "findings":[{"area":"PROCEDURES","text":"Còn 9 hồ sơ tuyển sinh giải quyết quá hạn chưa có văn bản xin lỗi."}],
                 "recommendations":[
                   {"content":"Gửi văn bản xin lỗi cho 9 hồ sơ quá hạn","area":"PROCEDURES","unitCodes":["SO_GDDT"],
                    "deadline":"trước ngày 30/4/2021"},
                   {"content":"Niêm yết công khai thủ tục tuyển sinh đầu cấp","area":"PROCEDURES","unitCodes":["SO_GDDT"],
                    "deadline":"trước ngày 30/6/2021"},
                   {"content":"Số hóa hồ sơ văn bằng, chứng chỉ còn tồn","area":"DIGITAL_GOVERNMENT","unitCodes":["SO_GDDT"],
                    "deadline":"trước ngày 30/9/2021"},
                   {"content":"Rà soát quy chế phối hợp với Bộ phận Một cửa","area":"APPARATUS","unitCodes":["SO_GDDT"],
                    "deadline":"trước ngày 31/1/2022"}]}""".formatted(InspectionFixtures.noticeNumber());
        String answer = mvc.perform(post("/api/v1/inspections").with(as(standing))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long planId = Long.parseLong(answer.replaceAll("(?s).*\"followUpPlanId\":(\\d+).*", "$1"));
        List<Long> tasks = plans.tasks(TaskFilter.ofPlan(planId)).stream().map(TaskRow::id).toList();
        done(tasks.get(0), "2021-04-20", officer, standing);
        done(tasks.get(1), "2021-07-15", officer, standing);
    }

    private void done(long task, String on, String officer, String standing) throws Exception {
        mvc.perform(multipart("/plans/tasks/{id}/progress", task).param("status", "DONE").param("outputDate", on)
                .param("outputNumber", "12/CV-SGDĐT").with(as(officer)).with(csrf())).andExpect(status().is3xxRedirection());
        long entry = jdbc.sql("select max(id) from task_progress where task_id = ?").param(task).query(Long.class).single();
        mvc.perform(post("/plans/progress/{id}/confirm", entry).param("taskId", Long.toString(task))
                .with(as(standing)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private ScoreSource.ItemValue fixedOnTime(int year) {
        return sources.stream().map(s -> s.itemValue("INSPECTION_FIXED_ON_TIME", unit, year))
                .filter(v -> v != null && v.isPresent()).map(java.util.Optional::get).findFirst().orElse(null);
    }

    @Test
    void oneOfTheThreeRecommendationsDueIn2021WasFixedOnTimeSoTheItemReads33Point33() {
        ScoreSource.ItemValue v = fixedOnTime(2021);
        assertThat(v.value()).isEqualByComparingTo("33.33");
        assertThat(v.source()).isEqualTo("1/3 kiến nghị sau kiểm tra có hạn trong năm 2021 được khắc phục đúng hạn");
    }

    @Test
    void theRecommendationDueIn2022CountsIn2022AndIsNotFixed() {
        ScoreSource.ItemValue v = fixedOnTime(2022);
        assertThat(v.value()).isEqualByComparingTo("0");
        assertThat(v.source()).startsWith("0/1 ");
    }

    @Test
    void aYearWithoutRecommendationsGivesNoValue() {
        assertThat(fixedOnTime(2020)).isNull();
    }
}
