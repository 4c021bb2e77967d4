package vn.cchc.leader;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.StatementCount;
import vn.cchc.UsesDemoData;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.time.PinnableClock;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Đơn vị tôi theo dõi": communes made up by the test (rolled back after each test) lead tasks of the demo's issued
 * plans in states the test chooses; what the page shows is computed here from the same rows.
 */
@UsesDemoData("the demo's issued plans and their tasks' deadlines")
@Transactional
class LeaderPagesTest extends CchcIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 15);

    private static String leader;
    private static String otherLeader;
    private static String officer;

    @Autowired
    PinnableClock clock;

    @Autowired
    List<Cache> caches;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        leader = accounts.create(Role.LEADER, "UBND_TINH");
        otherLeader = accounts.create(Role.LEADER, "UBND_TINH");
        officer = accounts.create(Role.UNIT_OFFICER, "SO_NOI_VU");
    }

    @BeforeEach
    void pinToday() {
        clock.pin(TODAY);
    }

    @AfterEach
    void resetClockAndCaches() {
        clock.reset();
        caches.forEach(Cache::clear);
    }

    private record Task(long id, LocalDate due) {
    }

    /** Published tasks that are neither held nor cancelled, with their due day, before or after today. */
    private List<Task> tasks(boolean pastDue, int count) {
        return jdbc.sql("""
                        select t.id, coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id)) d
                        from plan_task t join plan p on p.id = t.plan_id
                        where p.status = 'ISSUED' and t.status in ('NOT_STARTED', 'IN_PROGRESS')
                          and coalesce(t.extended_due, (select max(m.due) from plan_task_milestone m where m.task_id = t.id))
                              """ + (pastDue ? "< ?" : "> ?") + " order by d, t.id limit ?")
                .params(TODAY, count).query((rs, n) -> new Task(rs.getLong(1), rs.getObject(2, LocalDate.class))).list();
    }

    private long commune(String code, String name) {
        return jdbc.sql("insert into unit (code, name, kind, search_key) values (?, ?, 'COMMUNE', lower(?)) returning id")
                .params(code, name, code).query(Long.class).single();
    }

    private void follow(String username, long unitId) {
        jdbc.sql("insert into app_user_followed_unit (user_id, unit_id) select id, ? from app_user where username = ?")
                .params(unitId, username).update();
    }

    private void lead(long taskId, long unitId, String status, int percent, LocalDate completedOn) {
        jdbc.sql("""
                        insert into plan_task_assignee (task_id, role, unit_id, source, status, percent, completed_on)
                        values (?, 'LEAD', ?, 'PICKED', ?, ?, ?)""")
                .params(taskId, unitId, status, percent, completedOn).update();
    }

    private String page(String username) throws Exception {
        return mvc.perform(get("/leader/units").with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String row(String html, String code) {
        Matcher m = Pattern.compile("<tr[^>]*id=\"unit-" + code + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("a row for %s", code).isTrue();
        return m.group();
    }

    @Test
    void aFollowedCommuneShowsItsTasksByStateItsWorstLatenessAndItsLastProgress() throws Exception {
        long unit = commune("XA_THEO_DOI_1", "Xã Thử Theo Dõi");
        follow(leader, unit);
        List<Task> late = tasks(true, 2);
        List<Task> ahead = tasks(false, 2);
        lead(late.get(0).id(), unit, "NOT_STARTED", 0, null);
        lead(late.get(1).id(), unit, "IN_PROGRESS", 30, null);
        lead(ahead.get(0).id(), unit, "IN_PROGRESS", 40, null);
        lead(ahead.get(1).id(), unit, "DONE", 100, TODAY.minusDays(3));
        jdbc.sql("""
                        insert into task_progress (task_id, kind, status, percent, note, author, author_unit_id, for_unit_id, created_at)
                        values (?, 'UPDATE', 'IN_PROGRESS', 40, 'Đã tổ chức hội nghị triển khai tại xã', 'kt.xa', ?, ?,
                                timestamptz '2025-07-10 16:30:00+07')""")
                .params(ahead.get(0).id(), unit, unit).update();
        String taskNumber = jdbc.sql("select number from plan_task where id = ?").param(ahead.get(0).id())
                .query(String.class).single();
        long worst = java.time.temporal.ChronoUnit.DAYS.between(late.get(0).due(), TODAY);

        String row = row(page(leader), "XA_THEO_DOI_1");

        assertThat(row).contains("Xã Thử Theo Dõi", "Quá hạn: 2", "Đang thực hiện: 1", "Hoàn thành đúng hạn: 1",
                "2 nhiệm vụ, chậm nhất " + VietnameseNumbers.format(worst) + " ngày", "Nhiệm vụ " + taskNumber + ", ngày 10/07/2025",
                "Đã tổ chức hội nghị triển khai tại xã", "Chưa có kết quả công bố",
                "href=\"/plans/board?unitId=" + unit + "\"", "Xem 4 nhiệm vụ trên bảng theo dõi");
    }

    @Test
    void indicatorReportsCountAsSubmittedAndOnTimeOverTheLastFourEndedQuarters() throws Exception {
        long unit = commune("XA_THEO_DOI_1", "Xã Thử Theo Dõi");
        follow(leader, unit);
        jdbc.sql("""
                        insert into ind_report (unit_id, period_key, period_type, due_on, status, submitted_at, submitted_by)
                        values (?, '2025-Q2', 'QUARTER', date '2025-07-10', 'SUBMITTED', timestamptz '2025-07-08 10:00+07', 'kt.xa'),
                               (?, '2025-Q1', 'QUARTER', date '2025-04-10', 'SUBMITTED', timestamptz '2025-04-20 10:00+07', 'kt.xa')""")
                .params(unit, unit).update();

        assertThat(row(page(leader), "XA_THEO_DOI_1")).contains("Đã nộp 2/4, đúng hạn 1");
    }

    @Test
    void aRankedUnitShowsTheIndexAndRankOfTheLatestPublishedRoundAndNoMoveWithoutAnEarlierRound() throws Exception {
        // the newest published round that ranked anyone: rounds that other tests publish without points come later
        List<java.util.Map<String, Object>> ranked = List.of();
        for (long round : jdbc.sql("select id from score_round where status = 'PUBLISHED' order by year desc, id desc")
                .query(Long.class).list()) {
            String json = mvc.perform(get("/api/v1/scoring/rounds/" + round + "/results").with(as(leader)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!com.jayway.jsonpath.JsonPath.<List<?>>read(json, "$[?(@.index != null)]").isEmpty()) {
                ranked = com.jayway.jsonpath.JsonPath.read(json, "$[?(@.index != null && @.lastYearRank == null)]");
                break;
            }
        }
        assertThat(ranked).as("units ranked in the demo's only published round").isNotEmpty();
        java.util.Map<String, Object> result = ranked.get(0);
        @SuppressWarnings("unchecked")
        String code = (String) ((java.util.Map<String, Object>) result.get("unit")).get("code");
        int rank = ((Number) result.get("rank")).intValue();
        String index = new java.math.BigDecimal(result.get("index").toString())
                .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
        follow(leader, jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single());

        assertThat(row(page(leader), code)).contains(index + " điểm, hạng " + rank).doesNotContain("bậc", "Giữ nguyên hạng");
    }

    @Test
    void aLeaderSeesOnlyTheUnitsTheyFollow() throws Exception {
        long mine = commune("XA_THEO_DOI_1", "Xã Thử Theo Dõi");
        commune("XA_THEO_DOI_2", "Xã Thử Không Theo Dõi");
        follow(leader, mine);

        String html = page(leader);

        assertThat(html).contains("id=\"unit-XA_THEO_DOI_1\"").doesNotContain("XA_THEO_DOI_2", "Xã Thử Không Theo Dõi");
    }

    @Test
    void aUnitOfficerCannotOpenTheLeadersView() throws Exception {
        mvc.perform(get("/leader/units").with(as(officer))).andExpect(status().isForbidden());
    }

    private int statementsOfThePage(String username) throws Exception {
        page(username);
        caches.forEach(Cache::clear);
        return StatementCount.during(() -> page(username)).statements();
    }

    @Test
    void theViewRunsAsManyStatementsForTwentyFollowedUnitsAsForTwo() throws Exception {
        Task task = tasks(true, 1).get(0);
        for (int i = 1; i <= 20; i++) {
            long unit = commune("XA_DEM_" + i, "Xã Đếm " + i);
            lead(task.id(), unit, "IN_PROGRESS", 10, null);
            follow(i <= 2 ? leader : otherLeader, unit);
            if (i <= 2) {
                follow(otherLeader, unit);
            }
        }

        int few = statementsOfThePage(leader);
        int many = statementsOfThePage(otherLeader);

        assertThat(row(page(otherLeader), "XA_DEM_20")).contains("Quá hạn: 1");
        assertThat(many).as("statements for 20 units, %s for 2", few).isEqualTo(few);
    }
}
