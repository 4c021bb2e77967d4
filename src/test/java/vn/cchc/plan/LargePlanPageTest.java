package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.StatementCount;
import vn.cchc.directory.Directory;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan of 2,000 tasks is shown as its sections with their counts; the rows come a page at a time when a section,
 * quarter or month is opened. The plans are published in the test's transaction and rolled back after it.
 */
@Transactional
class LargePlanPageTest extends CchcIntegrationTest {

    private static final Pattern TASK_ROW = Pattern.compile("data-task-id=\"");

    @Autowired
    PlanPublication publication;
    @Autowired
    Directory directory;
    @Autowired
    org.springframework.context.ApplicationContext context;

    private long planOf(int tasks) {
        long stp = PlanFixtures.unit(directory, "SO_TU_PHAP");
        List<PlanDraft.Task> rows = IntStream.rangeClosed(1, tasks).mapToObj(i -> PlanFixtures.task(Integer.toString(i),
                "Rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực tư pháp, đợt " + i, stp, "Sở Tư pháp",
                LocalDate.of(2024, 1 + i % 12, 28))).toList();
        return publication.publish(PlanFixtures.plan(rows), false).planId();
    }

    private StatementCount.Counted<String> page(String url, String username) throws Exception {
        return StatementCount.during(() -> mvc.perform(get(url).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static long rows(String html) {
        return TASK_ROW.matcher(html).results().count();
    }

    @Test
    void thePageOfAPlanOfTwoThousandTasksRunsAsManyStatementsAsOneOfTwentyAndStaysUnder150KB() throws Exception {
        String reader = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long small = planOf(20);
        long large = planOf(2000);
        page("/plans/" + small, reader);
        StatementCount.Counted<String> twenty = page("/plans/" + small, reader);
        StatementCount.Counted<String> twoThousand = page("/plans/" + large, reader);

        assertThat(twoThousand.statements()).isEqualTo(twenty.statements());
        assertThat(twoThousand.result().getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);
        assertThat(twoThousand.result()).contains("data-section=\"II\"", "2.000 nhiệm vụ");
        assertThat(rows(twoThousand.result())).isZero();
    }

    @Test
    void anOpenedSectionShowsFiftyTasksAndAButtonForTheNext() throws Exception {
        String reader = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long plan = planOf(120);
        String first = page("/plans/" + plan + "/tasks?section=II", reader).result();
        String third = page("/plans/" + plan + "/tasks?section=II&page=3", reader).result();

        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).contains("hx-get=\"/plans/" + plan + "/tasks?section=II&amp;page=2\"", "Xem thêm");
        assertThat(rows(third)).isEqualTo(20);
        assertThat(third).doesNotContain("Xem thêm");
    }

    @Test
    void anOpenedMonthShowsItsMilestones() throws Exception {
        String reader = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long plan = planOf(24);
        String march = page("/plans/" + plan + "/tasks?year=2024&month=3", reader).result();

        assertThat(march).contains("28/03", "Rà soát, đơn giản hóa thủ tục hành chính thuộc lĩnh vực tư pháp, đợt 2")
                .doesNotContain("28/04");
    }

    @Test
    void pageTenThousandOfAPlansSectionIsAnsweredWithAVietnameseMessage() throws Exception {
        String reader = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long plan = planOf(3);
        mvc.perform(get("/plans/" + plan + "/tasks").param("section", "II").param("page", "10000").with(as(reader)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Không có trang “10000”")));
    }
}
