package vn.cchc.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.demo.DemoAccounts;
import vn.cchc.UsesDemoData;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every state-changing endpoint (each @PostMapping, @PutMapping, @DeleteMapping and @PatchMapping of the UI and
 * of /api/v1), called by a user who must not be allowed: {@code xem} (VIEWER of Văn phòng UBND tỉnh) and, where the
 * endpoint acts on one unit's data, {@code skhcn.cchc} (UNIT_OFFICER of Sở KH&CN) on Sở Tư pháp's or Sở Nội vụ's
 * data. Ids are real rows of the demo data. Each call must be refused the way the app refuses (see {@link Refusal})
 * and leave the database as it was: the audit log has no new entry and no business table changed.
 *
 * <p>The list is checked against the running application: {@link #everyWriteMappingOfTheApplicationIsSwept()} reads
 * every handler method of the MVC mapping and fails on a write mapping (or one that accepts any method) that has no
 * case here and is not in {@link #NOT_SWEPT} with its reason. The read side ({@link #reads()}) calls the GET pages
 * that show private data (user administration, the audit log, another unit's unpublished self-assessment) as the
 * same refused users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@UsesDemoData("the demo accounts")
class WriteAuthorisationSweepTest extends CchcIntegrationTest {

    private static final String XEM = "xem";
    private static final String OTHER_UNIT = "skhcn.cchc";
    private static final String PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

    /** Write mappings no refused user is sent to, each with the reason. */
    static final Map<String, String> NOT_SWEPT = Map.ofEntries(
            Map.entry("POST /account/password", "every user changes their own password, nothing else"),
            Map.entry("POST /api/v1/plans/parse", "reads a document and answers JSON, stores nothing"),
            Map.entry("ANY /error/403", "the page refused requests are forwarded to, with their method; it changes nothing"),
            Map.entry("POST /notifications/read-all", "marks the caller's own notices read, nobody else's (vn.cchc.notification.InboxTest)"),
            Map.entry("POST /notifications/settings", "the caller's own mail preference, nobody else's (vn.cchc.notification.InboxTest)"),
            Map.entry("POST /password/forgot", "public by design: answers the same for any account, mails only the account's own address (vn.cchc.notification.PasswordResetMailTest)"),
            Map.entry("POST /password/reset", "public by design: only the holder of a mailed single-use link sets that account's password (vn.cchc.notification.PasswordResetMailTest)"),
            Map.entry("POST /public/feedback", "public by design: a citizen sends feedback without an account, within a quota per address (vn.cchc.feedback.FeedbackCaseTest)"),
            Map.entry("POST /public/feedback/track/reply", "public by design: only a case waiting for its citizen takes the information asked, by its tracking code (vn.cchc.feedback.FeedbackCaseTest)"),
            Map.entry("POST /public/survey", "public by design: answers are stored only with an unused one-time code, which they use up (vn.cchc.survey.OneTimeCodeTest)"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** How the app says no. */
    enum Refusal {
        /** UI: Spring Security forwards to the 403 page ({@code accessDeniedPage("/error/403")}), status 403. */
        PAGE_403,
        /** /api/v1: status 403 with an RFC 9457 problem (application/problem+json). */
        API_403,
        /** UI: the module answers 403 itself, with a page that shows none of the data (the draft's comment). */
        PAGE_OWN_403,
        /**
         * UI of the indicator reports: the service's IndicatorException(FORBIDDEN) is shown as a flash error and the
         * browser is redirected (302) back to the page it came from, not to an error page.
         */
        FLASH_REDIRECT
    }

    record Endpoint(String name, String user, Refusal refusal, String redirect, String flashKey,
                    Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
        @Override
        public String toString() {
            return user + " " + name;
        }
    }

    private Ids ids;
    /** A draft indicator report of Sở Văn hóa, Thể thao và Du lịch for the current quarter, and a dossier of Sở Tư pháp. */
    private String draftPeriod;
    private static final String DRAFT_COMMENT = "Số liệu tạm, chờ xác nhận 137 hồ sơ";
    private String stpDossier;
    /** A notice of Sở Tư pháp's officer (stp.cchc), written as the notification module writes it. */
    private long stpNotice;
    /** A direction of the demo's leader to Sở Tư pháp, not yet acknowledged. */
    private long stpDirection;
    /** A mail that failed its last attempt. */
    private long failedMail;
    @Autowired
    vn.cchc.notification.Notifications notifications;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    /** Real ids from the demo data, plus two rows made by their rightful owners (an import under review, a unit's draft plan). */
    record Ids(long stp, long snv, long issuedPlan, long stpTask, long snvTask, long awaitingProgress, long awaitingTask,
               long pickTask, String pickRole, int pickPosition, long planImport, long stpDraft,
               long openRound, long stpAssessment, long stpItem, long stpEvidence, long surveyItem, String areaCode,
               long set, long criterion, String criterionKind, String criterionMethod,
               String indicator, String period, long stpUser, long stpDraftEvidence) {
    }

    @BeforeAll
    void lookUpIds() throws Exception {
        long stp = id("select id from unit where code = 'SO_TU_PHAP'");
        long snv = id("select id from unit where code = 'SO_NOI_VU'");
        long khcn = id("select id from unit where code = 'SO_KHCN'");
        // An open task of an issued plan that the unit leads and Sở KH&CN does not (in the demo plans every task Sở Tư
        // pháp leads is shared by all departments, Sở KH&CN included: that one is only used against xem).
        String leadTask = """
                select t.id from plan_task t join plan p on p.id = t.plan_id
                join plan_task_assignee a on a.task_id = t.id and a.role = 'LEAD' and a.unit_id = ?
                where p.status = 'ISSUED' and t.status not in ('DONE', 'CANCELLED')
                order by exists (select 1 from plan_task_assignee k where k.task_id = t.id and k.role = 'LEAD' and k.unit_id = ?),
                         t.id limit 1""";
        long stpTask = jdbc.sql(leadTask).params(stp, khcn).query(Long.class).single();
        long snvTask = jdbc.sql(leadTask).params(snv, khcn).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from plan_task_assignee where task_id = ? and role = 'LEAD' and unit_id = ?")
                .params(snvTask, khcn).query(Long.class).single()).as("Sở KH&CN does not lead task %s", snvTask).isZero();
        long issuedPlan = id("select plan_id from plan_task where id = " + stpTask);
        failedMail = jdbc.sql("""
                        insert into mail_outbox (dedup_key, recipient, subject, body, status, attempts, next_attempt_at,
                                                 last_error, created_at)
                        values ('sweep:failed-mail', 'stp.cchc@sotuphap.nghean.gov.vn', 'Thư quét thử', 'Kính gửi', 'FAILED', 6,
                                now(), 'MailConnectException', now()) returning id""").query(Long.class).single();
        // A leader's direction to Sở Tư pháp on its task, written here rather than through the page so that no notice
        // arrives on the listener's thread while the sweep compares tables.
        stpDirection = jdbc.sql("""
                        insert into task_direction (task_id, unit_id, text, given_by, given_by_name, given_at, given_on, form_key)
                        values (?, ?, 'Đề nghị Sở Tư pháp báo cáo tiến độ', 'lanhdao', 'Lê Hồng Vinh', now(), current_date,
                                gen_random_uuid()) returning id""").params(stpTask, stp).query(Long.class).single();
        Map<String, Object> awaiting = jdbc.sql("select id, task_id from task_progress where review = 'AWAITING' order by id limit 1")
                .query().singleRow();
        Map<String, Object> pick = jdbc.sql("""
                        select task_id, role, position from plan_task_unit where agency_group is not null
                        order by task_id, role, position limit 1""").query().listOfRows().stream().findFirst()
                .orElse(Map.of("task_id", stpTask, "role", "LEAD", "position", 0));

        // Made by their rightful owners, so the refused calls below act on real rows of every kind.
        byte[] planText = new ClassPathResource("demo/plans/000_0c376ef7ebe92330.txt").getContentAsByteArray();
        mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "ke-hoach.txt", "text/plain", planText))
                .with(as("snv.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        long planImport = id("select max(id) from plan_import where state = 'REVIEW'");
        mvc.perform(post("/plans/{id}/cascade", issuedPlan).param("unitId", String.valueOf(stp))
                .with(as("stp.cchc")).with(csrf())).andExpect(status().is3xxRedirection());
        long stpDraft = jdbc.sql("select id from plan where identity_key = ? and status = 'DRAFT'")
                .param("cascade|" + issuedPlan + "|" + stp).query(Long.class).single();

        // Other tests open rounds of their own (far-future years) without Sở Tư pháp: take one it belongs to.
        long openRound = jdbc.sql("""
                        select r.id from score_round r join score_assessment a on a.round_id = r.id
                        where r.status = 'OPEN' and a.unit_id = ? order by r.year, r.id limit 1""")
                .param(stp).query(Long.class).single();
        long stpAssessment = jdbc.sql("select id from score_assessment where round_id = ? and unit_id = ?")
                .params(openRound, stp).query(Long.class).single();
        long stpItem = jdbc.sql("""
                        select i.id from score_item i join score_criterion c on c.id = i.criterion_id
                        where i.assessment_id = ? and c.method = 'MANUAL' and not i.not_applicable order by c.code limit 1""")
                .param(stpAssessment).query(Long.class).single();
        long surveyItem = jdbc.sql("""
                        select i.id from score_item i join score_criterion c on c.id = i.criterion_id
                        where i.assessment_id = ? and c.method = 'SURVEY' order by c.code limit 1""")
                .param(stpAssessment).query(Long.class).optional().orElse(stpItem);
        long stpEvidence = jdbc.sql("""
                        select e.id from score_evidence e join score_item i on i.id = e.item_id
                        join score_assessment a on a.id = i.assessment_id where a.unit_id = ?
                        order by (a.round_id = ?) desc, e.id desc limit 1""")
                .params(stp, openRound).query(Long.class).single();
        // Evidence of the unpublished round, uploaded by Sở Tư pháp itself (the demo's may belong to a published one).
        mvc.perform(multipart("/scoring/items/{id}/self", stpItem)
                .file(new MockMultipartFile("files", "minh-chung-rieng.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)))
                .param("points", "0").param("note", "minh chứng chưa công bố").with(as("stp.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long stpDraftEvidence = jdbc.sql("select max(id) from score_evidence where item_id = ?").param(stpItem)
                .query(Long.class).single();
        String areaCode = jdbc.sql("select area_code from score_round_area where round_id = ? order by area_code limit 1")
                .param(openRound).query(String.class).single();
        long set = id("select id from score_set order by (status = 'DRAFT') desc, id desc limit 1");
        Map<String, Object> criterion = jdbc.sql("""
                        select id, kind, method from score_criterion where set_id = ? order by level desc, code limit 1""")
                .param(set).query().singleRow();

        String indicator = jdbc.sql("select code from ind_indicator order by code limit 1").query(String.class).single();
        // The quarter the demo reports are for (Sở Tư pháp has no report in it yet: the refused save must not start one).
        String period = jdbc.sql("select max(period_key) from ind_report where period_key like '%-Q%'").query(String.class).single();
        long stpUser = id("select id from app_user where username = 'stp.cchc'");
        draftPeriod = vn.cchc.indicator.Period.containing(vn.cchc.indicator.PeriodType.QUARTER,
                java.time.LocalDate.now(vn.cchc.time.ProvinceTime.ZONE)).key();
        mvc.perform(put("/api/v1/indicators/reports/SO_VHTTDL/{p}", draftPeriod).with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"" + indicator + "\": {\"numerator\": 137, \"denominator\": 140, \"comment\": \"" + DRAFT_COMMENT + "\"}}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select r.status from ind_report r join unit u on u.id = r.unit_id where u.code = 'SO_VHTTDL' "
                + "and r.period_key = ?").param(draftPeriod).query(String.class).single()).isEqualTo("DRAFT");
        stpDossier = jdbc.sql("select code from dossier where unit_id = ? order by code limit 1").param(stp)
                .query(String.class).single();

        long noticeThing = System.nanoTime();
        tx.executeWithoutResult(s -> notifications.send(
                List.of(new vn.cchc.notification.Recipient(stpUser, "Trần Văn Minh (Sở Tư pháp)", null)),
                new vn.cchc.notification.Notice("task_progress", String.valueOf(noticeThing),
                        vn.cchc.notification.Reason.PROGRESS_CONFIRMED, "/plans/tasks/" + stpTask, List.of("Sở Tư pháp"))));
        stpNotice = jdbc.sql("select id from notification where user_id = ? and thing_id = ?")
                .params(stpUser, String.valueOf(noticeThing)).query(Long.class).single();

        ids = new Ids(stp, snv, issuedPlan, stpTask, snvTask, ((Number) awaiting.get("id")).longValue(),
                ((Number) awaiting.get("task_id")).longValue(), ((Number) pick.get("task_id")).longValue(),
                (String) pick.get("role"), ((Number) pick.get("position")).intValue(), planImport, stpDraft,
                openRound, stpAssessment, stpItem, stpEvidence, surveyItem, areaCode, set,
                ((Number) criterion.get("id")).longValue(), (String) criterion.get("kind"), (String) criterion.get("method"),
                indicator, period, stpUser, stpDraftEvidence);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    List<Endpoint> endpoints() {
        Ids i = ids;
        List<Endpoint> all = new ArrayList<>();
        String stpReport = "/indicators/reports/SO_TU_PHAP/" + i.period();
        String stpApiReport = "/api/v1/indicators/reports/SO_TU_PHAP/" + i.period();
        String csv = "code,procedure_code,unit_code,received_at,due_at,finished_at,channel,supplement_requests,"
                + "supplement_days,digitised,electronic_result,fee,paid_online,apology,synced,complaint\n"
                + "SWEEP-1,2.000488,SO_TU_PHAP,2025-01-05 08:00,2025-01-10 17:00,2025-01-09 10:00,2,0,0,1,1,50000,1,0,1,0\n";

        // plan: import, review, publish
        page(all, "POST /plans/import", XEM, () -> multipart("/plans/import")
                .file(new MockMultipartFile("file", "ke-hoach.txt", "text/plain", "KẾ HOẠCH\nCải cách hành chính".getBytes(StandardCharsets.UTF_8))));
        page(all, "POST /plans/import/{id}", XEM, () -> post("/plans/import/{id}", i.planImport()).param("number", "99/KH-UBND"));
        page(all, "POST /plans/import/{id}/publish", XEM, () -> post("/plans/import/{id}/publish", i.planImport()));
        page(all, "POST /plans/import/{id}/discard", XEM, () -> post("/plans/import/{id}/discard", i.planImport()));
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /plans/import/{id}/appendix", user, () -> multipart("/plans/import/{id}/appendix", i.planImport())
                    .file(new MockMultipartFile("file", "phu-luc.txt", "text/plain",
                            "PHỤ LỤC\nSTT\tNội dung\tChủ trì\n1\tRà soát thủ tục\tSở Tư pháp\n".getBytes(StandardCharsets.UTF_8))));
        }
        // plan: the plan, its cascade and the unit's draft
        page(all, "POST /plans/{id}/close", XEM, () -> post("/plans/{id}/close", i.issuedPlan()).param("reason", "thử"));
        page(all, "POST /plans/tasks/{id}/progress (Sở Tư pháp leads)", XEM,
                () -> multipart("/plans/tasks/{id}/progress", i.stpTask()).param("status", "IN_PROGRESS").param("percent", "50"));
        page(all, "POST /plans/tasks/{id}/request (Sở Tư pháp leads)", XEM,
                () -> post("/plans/tasks/{id}/request", i.stpTask()).param("kind", "POSTPONE").param("reason", "thử"));
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /plans/{id}/cascade (for Sở Tư pháp)", user,
                    () -> post("/plans/{id}/cascade", i.issuedPlan()).param("unitId", String.valueOf(i.stp())));
            page(all, "POST /plans/{id}/edit (Sở Tư pháp's draft)", user,
                    () -> post("/plans/{id}/edit", i.stpDraft()).param("title", "Sửa trái phép").param("number", "1/KH-STP")
                            .param("date", "2025-03-01").param("issue", "1"));
            page(all, "POST /plans/tasks/{id}/progress (Sở Nội vụ leads)", user,
                    () -> multipart("/plans/tasks/{id}/progress", i.snvTask()).param("status", "DONE"));
            page(all, "POST /plans/tasks/{id}/request (Sở Nội vụ leads)", user,
                    () -> post("/plans/tasks/{id}/request", i.snvTask()).param("kind", "EXTENSION").param("reason", "thử")
                            .param("requestedDue", "2030-01-01"));
        }
        page(all, "POST /plans/tasks/{id}/pick", XEM, () -> post("/plans/tasks/{id}/pick", i.pickTask())
                .param("role", i.pickRole()).param("position", String.valueOf(i.pickPosition())).param("unitIds", String.valueOf(i.stp())));
        page(all, "POST /plans/progress/{id}/confirm", XEM, () -> post("/plans/progress/{id}/confirm", i.awaitingProgress())
                .param("taskId", String.valueOf(i.awaitingTask())));
        page(all, "POST /plans/progress/{id}/return", XEM, () -> post("/plans/progress/{id}/return", i.awaitingProgress())
                .param("taskId", String.valueOf(i.awaitingTask())).param("reason", "thử"));

        // directions: a leader following the unit writes them, the unit's own officers acknowledge them
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /plans/tasks/{id}/directions (for Sở Tư pháp)", user, () -> post("/plans/tasks/{id}/directions",
                    i.stpTask()).param("unitId", String.valueOf(i.stp())).param("text", "Chỉ đạo trái phép")
                    .param("key", "00000000-0000-0000-0000-00000000d1d1"));
            page(all, "POST /plans/directions/{id}/acknowledge (Sở Tư pháp's)", user,
                    () -> post("/plans/directions/{id}/acknowledge", stpDirection));
        }
        page(all, "POST /plans/directions/{id}/acknowledge (by the leader who gave it)", "lanhdao",
                () -> post("/plans/directions/{id}/acknowledge", stpDirection));

        // the mail outbox: the administrator's alone
        for (String user : List.of(XEM, "snv.cchc")) {
            page(all, "POST /admin/mail/{id}/retry", user, () -> post("/admin/mail/{id}/retry", failedMail));
        }

        // scoring: rounds, appraisal
        page(all, "POST /scoring/rounds", XEM, () -> post("/scoring/rounds").param("year", "2026").param("name", "Đợt thử")
                .param("units", String.valueOf(i.stp())).param("selfDeadline", "2026-12-01")
                .param("appraisalDeadline", "2026-12-10").param("explanationDeadline", "2026-12-20"));
        page(all, "POST /scoring/rounds/{id}/deadlines", XEM, () -> post("/scoring/rounds/{id}/deadlines", i.openRound())
                .param("selfDeadline", "2030-01-01").param("appraisalDeadline", "2030-02-01")
                .param("explanationDeadline", "2030-03-01").param("reason", "thử"));
        page(all, "POST /scoring/rounds/{id}/consolidate", XEM, () -> post("/scoring/rounds/{id}/consolidate", i.openRound()));
        page(all, "POST /scoring/rounds/{id}/publish", XEM, () -> post("/scoring/rounds/{id}/publish", i.openRound())
                .param("decisionRef", "1/QĐ-UBND"));
        page(all, "POST /scoring/rounds/{id}/areas/{code}/finalise", XEM,
                () -> post("/scoring/rounds/{id}/areas/{code}/finalise", i.openRound(), i.areaCode()));
        page(all, "POST /scoring/rounds/{id}/areas/{code}/accept-remaining", XEM,
                () -> post("/scoring/rounds/{id}/areas/{code}/accept-remaining", i.openRound(), i.areaCode()));
        page(all, "POST /scoring/assessments/{id}/reopen", XEM, () -> post("/scoring/assessments/{id}/reopen", i.stpAssessment())
                .param("reason", "thử").param("deadline", "2030-01-01"));
        page(all, "POST /scoring/items/{id}/appraise", XEM, () -> post("/scoring/items/{id}/appraise", i.stpItem())
                .param("points", "0").param("reason", "thử"));
        page(all, "POST /scoring/items/{id}/decide", XEM, () -> post("/scoring/items/{id}/decide", i.stpItem())
                .param("accepted", "true").param("reason", "thử"));
        page(all, "POST /scoring/items/{id}/not-applicable", XEM, () -> post("/scoring/items/{id}/not-applicable", i.stpItem())
                .param("notApplicable", "true").param("reason", "thử"));
        page(all, "POST /scoring/items/{id}/survey", XEM, () -> post("/scoring/items/{id}/survey", i.surveyItem())
                .param("points", "0").param("reason", "thử"));
        // scoring: a unit's own self-assessment
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /scoring/items/{id}/self (Sở Tư pháp)", user, () -> multipart("/scoring/items/{id}/self", i.stpItem())
                    .file(new MockMultipartFile("files", "minh-chung.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII)))
                    .param("points", "0").param("note", "sửa trái phép"));
            page(all, "POST /scoring/evidence/{id}/delete (Sở Tư pháp)", user,
                    () -> post("/scoring/evidence/{id}/delete", i.stpEvidence()));
            page(all, "POST /scoring/assessments/{id}/refresh (Sở Tư pháp)", user,
                    () -> post("/scoring/assessments/{id}/refresh", i.stpAssessment()));
            page(all, "POST /scoring/assessments/{id}/submit (Sở Tư pháp)", user,
                    () -> post("/scoring/assessments/{id}/submit", i.stpAssessment()).param("headName", "Ai đó").param("confirmed", "true"));
            page(all, "POST /scoring/assessments/{id}/self-all (Sở Tư pháp)", user,
                    () -> post("/scoring/assessments/{id}/self-all", i.stpAssessment()).param("points-" + i.stpItem(), "0"));
            page(all, "POST /scoring/assessments/{id}/draft (Sở Tư pháp)", user,
                    () -> post("/scoring/assessments/{id}/draft", i.stpAssessment()).param("points-" + i.stpItem(), "0"));
            page(all, "POST /scoring/items/{id}/answer (Sở Tư pháp)", user, () -> multipart("/scoring/items/{id}/answer", i.stpItem())
                    .param("answer", "giải trình trái phép"));
            page(all, "POST /scoring/assessments/{id}/explanation (Sở Tư pháp)", user,
                    () -> post("/scoring/assessments/{id}/explanation", i.stpAssessment()));
        }
        // scoring: criteria sets
        page(all, "POST /scoring/sets/{id}/criteria/{criterionId}", XEM,
                () -> post("/scoring/sets/{id}/criteria/{criterionId}", i.set(), i.criterion()).param("name", "Sửa trái phép")
                        .param("maxPoints", "1").param("kind", i.criterionKind()).param("method", i.criterionMethod()));
        page(all, "POST /scoring/sets/{id}/activate", XEM, () -> post("/scoring/sets/{id}/activate", i.set()));
        page(all, "POST /scoring/sets/{id}/copy", XEM, () -> post("/scoring/sets/{id}/copy", i.set()).param("year", "2031"));
        page(all, "POST /scoring/sets/import", XEM, () -> multipart("/scoring/sets/import")
                .file(new MockMultipartFile("file", "bo-tieu-chi.xlsx", "application/octet-stream", new byte[]{1, 2, 3})));
        // scoring API
        for (String user : List.of(XEM, OTHER_UNIT)) {
            api(all, "PUT /api/v1/scoring/items/{id}/self (Sở Tư pháp)", user, () -> put("/api/v1/scoring/items/{id}/self", i.stpItem())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"points\": \"0\", \"note\": \"sửa trái phép\"}"));
        }
        api(all, "POST /api/v1/scoring/items/{id}/appraisal", XEM, () -> post("/api/v1/scoring/items/{id}/appraisal", i.stpItem())
                .contentType(MediaType.APPLICATION_JSON).content("{\"points\": \"0\", \"reason\": \"thử\"}"));

        // indicators (UI: refused with a flash message and a redirect back, see Refusal.FLASH_REDIRECT)
        flash(all, "POST /indicators/targets", XEM, "/indicators", "indicator.error.forbidden",
                () -> post("/indicators/targets").param("indicatorCode", i.indicator()).param("year", "2026")
                        .param("comparator", ">=").param("value", "50"));
        for (String user : List.of(XEM, OTHER_UNIT)) {
            flash(all, "POST /indicators/reports/{unit}/{period} save (Sở Tư pháp)", user, stpReport, "indicator.error.notYourUnit",
                    () -> post(stpReport).param("action", "save"));
            flash(all, "POST /indicators/reports/{unit}/{period} submit (Sở Tư pháp)", user, stpReport, "indicator.error.notYourUnit",
                    () -> post(stpReport).param("action", "submit"));
        }
        flash(all, "POST /indicators/reports/{unit}/{period}/approve", XEM, stpReport, "indicator.error.onlyStandingAgency",
                () -> post(stpReport + "/approve"));
        flash(all, "POST /indicators/reports/{unit}/{period}/return", XEM, stpReport, "indicator.error.onlyStandingAgency",
                () -> post(stpReport + "/return").param("reason", "thử"));
        flash(all, "POST /indicators/reports/{unit}/{period}/exception", XEM, stpReport, "indicator.error.onlyAdmin",
                () -> post(stpReport + "/exception").param("openUntil", "2030-01-01").param("reason", "thử"));
        // late submission of a locked period (LateSubmissions): only the unit asks, only the standing agency decides
        for (String user : List.of(XEM, OTHER_UNIT)) {
            flash(all, "POST /indicators/late-requests (Sở Tư pháp)", user, "/indicators/reports/SO_TU_PHAP/2024-Q1",
                    "indicator.late.error.notYourUnit", () -> post("/indicators/late-requests").param("unitCode", "SO_TU_PHAP")
                            .param("period", "2024-Q1").param("reason", "xin thay đơn vị khác"));
        }
        flash(all, "POST /indicators/late-requests/{id}/grant", XEM, "/indicators/late-requests",
                "indicator.late.error.onlyStandingAgency", () -> post("/indicators/late-requests/{id}/grant", 1)
                        .param("openUntil", "31/12/2030"));
        flash(all, "POST /indicators/late-requests/{id}/refuse", XEM, "/indicators/late-requests",
                "indicator.late.error.onlyStandingAgency", () -> post("/indicators/late-requests/{id}/refuse", 1)
                        .param("reason", "thử"));
        // indicators API
        api(all, "POST /api/v1/indicators/targets", XEM, () -> post("/api/v1/indicators/targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorCode\": \"" + i.indicator() + "\", \"year\": 2026, \"comparator\": \">=\", \"value\": 50}"));
        for (String user : List.of(XEM, OTHER_UNIT)) {
            api(all, "PUT /api/v1/indicators/reports/{unit}/{period} (Sở Tư pháp)", user,
                    () -> put(stpApiReport).contentType(MediaType.APPLICATION_JSON).content("{}"));
            api(all, "POST /api/v1/indicators/reports/{unit}/{period}/submit (Sở Tư pháp)", user,
                    () -> post(stpApiReport + "/submit").contentType(MediaType.APPLICATION_JSON).content("{}"));
        }
        api(all, "POST /api/v1/indicators/reports/{unit}/{period}/approve", XEM, () -> post(stpApiReport + "/approve"));
        api(all, "POST /api/v1/indicators/reports/{unit}/{period}/return", XEM, () -> post(stpApiReport + "/return")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"thử\"}"));

        // dossiers (an officer of another unit is refused row by row with 422: see its own test below)
        page(all, "POST /dossiers/upload", XEM, () -> post("/dossiers/upload").param("name", "ho-so.csv")
                .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
        page(all, "POST /dossiers/upload-form", XEM, () -> multipart("/dossiers/upload-form")
                .file(new MockMultipartFile("file", "ho-so.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))));
        api(all, "POST /api/v1/dossiers/ingest", XEM, () -> post("/api/v1/dossiers/ingest").param("name", "ho-so.csv")
                .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));

        // the procedure catalogue: only the standing agency changes it
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /procedures/{code} (Đăng ký khai sinh)", user, () -> post("/procedures/{code}", "1.000656")
                    .param("name", "Đăng ký khai sinh (quét)").param("field", "HO_TICH").param("level", "FULL")
                    .param("fee", "1.000").param("days", "3").param("version", "0"));
            page(all, "POST /procedures/import", user, () -> multipart("/procedures/import")
                    .file(new MockMultipartFile("file", "thu-tuc.xlsx", "application/octet-stream", new byte[]{1, 2, 3})));
            api(all, "POST /api/v1/procedures/import", user, () -> multipart("/api/v1/procedures/import")
                    .file(new MockMultipartFile("file", "thu-tuc.xlsx", "application/octet-stream", new byte[]{1, 2, 3})));
        }

        // directory
        page(all, "POST /units/new", XEM, () -> post("/units/new").param("code", "X_QUET_THU").param("name", "Xã Quét Thử")
                .param("kind", "COMMUNE").param("parentCode", "UBND_TINH"));
        page(all, "POST /units/{code}/structure", XEM, () -> post("/units/SO_TU_PHAP/structure").param("name", "Sở Tư pháp mới")
                .param("kind", "DEPARTMENT").param("parentCode", "UBND_TINH"));
        page(all, "POST /units/import", XEM, () -> multipart("/units/import")
                .file(new MockMultipartFile("file", "don-vi.xlsx", "application/octet-stream", new byte[]{1, 2, 3})));
        for (String user : List.of(XEM, OTHER_UNIT)) {
            for (String unit : List.of("SO_TU_PHAP", "SO_NOI_VU")) {
                page(all, "POST /units/{code}/contact (" + unit + ")", user, () -> post("/units/{code}/contact", unit)
                        .param("phone", "0238 000 0001").param("email", "quet@nghean.gov.vn"));
                api(all, "PUT /api/v1/units/{code}/contact (" + unit + ")", user, () -> put("/api/v1/units/{code}/contact", unit)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": \"0238 000 0002\"}"));
            }
        }
        api(all, "POST /api/v1/units/import", XEM, () -> multipart("/api/v1/units/import")
                .file(new MockMultipartFile("file", "don-vi.xlsx", "application/octet-stream", new byte[]{1, 2, 3})));

        // users
        page(all, "POST /admin/users/new", XEM, () -> post("/admin/users/new").param("username", "quet.thu")
                .param("fullName", "Quét Thử").param("unitId", String.valueOf(i.stp())).param("roles", "ADMIN")
                .param("password", DemoAccounts.PASSWORD));
        page(all, "POST /admin/users/{id}", XEM, () -> post("/admin/users/{id}", i.stpUser()).param("username", "stp.cchc")
                .param("fullName", "Đổi tên").param("unitId", String.valueOf(i.stp())).param("roles", "ADMIN")
                .param("enabled", "true"));
        page(all, "POST /admin/users/{id}/unlock", XEM, () -> post("/admin/users/{id}/unlock", i.stpUser()));
        page(all, "POST /admin/users/{id}/force-password-change", XEM,
                () -> post("/admin/users/{id}/force-password-change", i.stpUser()));

        // working-day calendar (the administrator's alone; the standing agency reads it)
        for (String user : List.of(XEM, "snv.cchc")) {
            page(all, "POST /calendar/{year}/create", user, () -> post("/calendar/{y}/create", 2040)
                    .param("date", "01/01/2040").param("kind", "PUBLIC_HOLIDAY").param("reason", "Tết Dương lịch"));
            page(all, "POST /calendar/{year}/days", user, () -> post("/calendar/{y}/days", 2025).param("from", "05/05/2025")
                    .param("kind", "SWAPPED_DAY_OFF").param("reason", "Nghỉ trái phép"));
            page(all, "POST /calendar/days/{day}", user, () -> post("/calendar/days/{d}", "2025-04-26")
                    .param("kind", "PUBLIC_HOLIDAY").param("reason", "Sửa trái phép"));
            page(all, "POST /calendar/days/{day}/delete", user, () -> post("/calendar/days/{d}/delete", "2025-04-26"));
        }
        // notifications: another user's notice (the inbox's other writes act on the caller's own rows: NOT_SWEPT)
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /notifications/{id}/open (Sở Tư pháp's officer's notice)", user,
                    () -> post("/notifications/{id}/open", stpNotice));
        }
        // inspections and steering-committee meetings (the standing agency's); propaganda outputs (a unit's own)
        for (String user : List.of(XEM, OTHER_UNIT)) {
            api(all, "POST /api/v1/inspections/plans", user, () -> post("/api/v1/inspections/plans")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"year":2025,"kind":"ADMINISTRATIVE_REFORM","title":"Kế hoạch kiểm tra quét thử",
                             "schedule":"Đợt 1 tháng 6","teams":[{"name":"Đoàn 1","members":["snv.cchc"]}],
                             "targets":[{"unitCode":"SO_TU_PHAP","batch":1,"team":"Đoàn 1"}]}"""));
            api(all, "POST /api/v1/inspections", user, () -> post("/api/v1/inspections")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"kind":"ADMINISTRATIVE_REFORM","surprise":true,"unitCode":"SO_TU_PHAP","inspectedOn":"2025-03-10",
                             "noticeNumber":"99/TB-QUET","noticeDate":"2025-03-14",
                             "recommendations":[{"content":"Quét thử","unitCodes":["SO_TU_PHAP"],"deadline":"Tháng 4/2025"}]}"""));
            api(all, "POST /api/v1/meetings", user, () -> post("/api/v1/meetings")
                    .contentType(MediaType.APPLICATION_JSON).content("""
                            {"heldOn":"2025-04-08","chair":"Trưởng Ban Chỉ đạo","attendees":["Thành viên"],
                             "noticeNumber":"98/TB-QUET","noticeDate":"2025-04-10",
                             "conclusions":[{"content":"Quét thử","unitCodes":["SO_TU_PHAP"],"deadline":"Quý III/2025"}]}"""));
            api(all, "POST /api/v1/propaganda/outputs (Sở Tư pháp)", user, () -> multipart("/api/v1/propaganda/outputs")
                    .param("unit", "SO_TU_PHAP").param("content", Long.toString(i.stpTask())).param("kind", "NEWS_ARTICLE")
                    .param("count", "1").param("publishedOn", "2025-02-10").param("outlet", "Báo Nghệ An")
                    .param("title", "Tin quét thử"));
            if (XEM.equals(user)) {
                // the form logs for the officer's own unit: another unit's officer logs its own output, not Sở Tư pháp's
                page(all, "POST /propaganda/contents/{taskId}", user, () -> multipart("/propaganda/contents/{id}", i.stpTask())
                        .param("kind", "NEWS_ARTICLE").param("count", "1").param("publishedOn", "10/02/2025")
                        .param("outlet", "BAO_NGHE_AN").param("title", "Tin quét thử"));
            }
            page(all, "POST /meetings/new", user, () -> post("/meetings/new").param("heldOn", "08/04/2025")
                    .param("chair", "Trưởng Ban Chỉ đạo").param("attendees", "Thành viên").param("noticeNumber", "96/TB-QUET")
                    .param("noticeDate", "10/04/2025").param("conContent0", "Quét thử").param("conUnit0", "SO_TU_PHAP"));
            page(all, "POST /inspections/new", user, () -> post("/inspections/new").param("surprise", "on")
                    .param("kind", "ADMINISTRATIVE_REFORM").param("unitCode", "SO_TU_PHAP").param("inspectedOn", "10/03/2025")
                    .param("noticeNumber", "97/TB-QUET").param("noticeDate", "14/03/2025")
                    .param("recContent0", "Quét thử").param("recUnit0", "SO_TU_PHAP").param("recDeadline0", "Tháng 4/2025"));
            // an outlet's screen is its accounts' alone; only the administrator links accounts to an outlet
            page(all, "POST /propaganda/outlet", user, () -> post("/propaganda/outlet").param("content", Long.toString(i.stpTask()))
                    .param("kind", "BROADCAST").param("count", "1").param("publishedOn", "10/02/2025").param("title", "Tin quét thử"));
            page(all, "POST /propaganda/outlets/{code}/accounts", user, () -> post("/propaganda/outlets/{c}/accounts", "BAO_NGHE_AN")
                    .param("username", user));
            page(all, "POST /inspections/plans/new", user, () -> post("/inspections/plans/new").param("year", "2025")
                    .param("kind", "ADMINISTRATIVE_REFORM").param("title", "Kế hoạch kiểm tra quét thử qua màn hình")
                    .param("schedule", "Đợt 1 tháng 6").param("teamName0", "Đoàn 1").param("teamMembers0", "snv.cchc")
                    .param("targetUnit0", "SO_TU_PHAP").param("targetBatch0", "1").param("targetTeam0", "Đoàn 1"));
            page(all, "POST /inspections/plans/{id}/edit", user, () -> post("/inspections/plans/{id}/edit", 1).param("year", "2025")
                    .param("kind", "ADMINISTRATIVE_REFORM").param("title", "Sửa trái phép").param("version", "1"));
        }
        // reform reports (Sở Tư pháp's report of a period nobody writes in the tests)
        String stpReform = "/reform-reports/SO_TU_PHAP/2025-YEAR";
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /reform-reports/{unitCode}/{periodKey} save (Sở Tư pháp)", user, () -> post(stpReform)
                    .param("action", "save").param("version", "0").param("section_RESULTS", "sửa trái phép"));
            page(all, "POST /reform-reports/{unitCode}/{periodKey}/window (Sở Tư pháp)", user,
                    () -> post(stpReform + "/window").param("reason", "thử"));
            page(all, "POST /reform-reports/{unitCode}/{periodKey}/attachments (Sở Tư pháp)", user,
                    () -> multipart(stpReform + "/attachments")
                            .file(new MockMultipartFile("file", "phu-luc.pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII))));
        }
        page(all, "POST /reform-reports/{unitCode}/{periodKey}/accept", XEM, () -> post(stpReform + "/accept"));
        page(all, "POST /reform-reports/{unitCode}/{periodKey}/return", XEM, () -> post(stpReform + "/return").param("reason", "thử"));
        page(all, "POST /reform-reports/{unitCode}/{periodKey}/windows/{id}", XEM, () -> post(stpReform + "/windows/1")
                .param("decision", "grant").param("until", "01/01/2030"));
        page(all, "POST /reform-reports/province/{periodKey}", XEM, () -> post("/reform-reports/province/2025-YEAR")
                .param("version", "0").param("section_RESULTS", "sửa trái phép"));
        page(all, "POST /reform-reports/ad-hoc", XEM, () -> post("/reform-reports/ad-hoc").param("title", "Báo cáo thử")
                .param("from", "01/01/2025").param("to", "31/01/2025").param("unitDue", "05/02/2025")
                .param("provinceDue", "10/02/2025").param("unitCodes", "SO_TU_PHAP"));
        for (String user : List.of(XEM, "snv.cchc")) {
            page(all, "POST /reform-reports/regimes/{regime}", user, () -> post("/reform-reports/regimes/QUARTER_I")
                    .param("fromPreviousYear", "true").param("windowFrom", "01/12").param("windowTo", "14/03")
                    .param("unitDue", "16/03").param("provinceDue", "20/03"));
        }
        // urging letters: the standing agency's alone (a unit's officer may not urge, not even their own unit)
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /urging/letters", user, () -> post("/urging/letters").param("key", "sweep-0000-urging")
                    .param("source", "TASKS").param("unitIds", String.valueOf(i.stp())));
        }
        // feedback: the standing agency routes and publishes; only the assigned unit (Sở Tư pháp) asks and answers
        for (String user : List.of(XEM, OTHER_UNIT)) {
            for (String step : List.of("accept", "refuse", "assign", "ask", "answer", "return", "publish")) {
                page(all, "POST /feedback/{code}/" + step + " (Sở Tư pháp's case)", user,
                        () -> post("/feedback/{code}/" + step, stpFeedback()).param("field", "DAT_DAI")
                                .param("reason", "quét thử").param("unit", "SO_KHCN").param("question", "quét thử")
                                .param("answer", "quét thử"));
            }
            page(all, "POST /feedback/limits/{limit}", user, () -> post("/feedback/limits/ANSWER").param("days", "30"));
        }
        // satisfaction surveys: the demo's campaign at Sở Tư pháp and the SIPAS questionnaire (the standing agency's)
        long survey = jdbc.sql("select id from survey_campaign order by id limit 1").query(Long.class).single();
        long sipas = jdbc.sql("select max(v.id) from survey_version v join survey_questionnaire q on q.id = v.questionnaire_id "
                + "where q.code = 'SIPAS'").query(Long.class).single();
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /survey/campaigns", user, () -> post("/survey/campaigns").param("name", "Khảo sát quét thử")
                    .param("versionId", Long.toString(sipas)).param("from", "01/01/2026").param("to", "31/01/2026")
                    .param("groups", "CITIZEN").param("channels", "CODE").param("samples", "SO_TU_PHAP: 10"));
            page(all, "POST /survey/campaigns/{id}/close", user, () -> post("/survey/campaigns/{id}/close", survey));
            page(all, "POST /survey/campaigns/{id}/codes (Sở Tư pháp)", user, () -> post("/survey/campaigns/{id}/codes", survey)
                    .param("count", "5").param("formKey", "sweep-survey-codes").param("unitCode", "SO_TU_PHAP"));
            page(all, "POST /survey/kiosk/{id}", user, () -> post("/survey/kiosk/{id}", survey).param("q_E1.1", "1"));
            page(all, "POST /survey/questionnaires/{versionId}/items/{code}", user,
                    () -> post("/survey/questionnaires/{v}/items/{c}", sipas, "E1.1").param("text", "Sửa trái phép")
                            .param("scale", "SATISFACTION5").param("weight", "1"));
            page(all, "POST /survey/questionnaires/{versionId}/sections/{code}", user,
                    () -> post("/survey/questionnaires/{v}/sections/{c}", sipas, "E1").param("weight", "5"));
        }
        // a survey code for one of Sở Tư pháp's dossiers: only its officers (or the standing agency) issue one
        String stpDossier = jdbc.sql("select code from dossier where unit_id = (select id from unit where code = 'SO_TU_PHAP') "
                + "order by code limit 1").query(String.class).single();
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "POST /survey/dossier-code (Sở Tư pháp's dossier)", user, () -> post("/survey/dossier-code")
                    .param("dossier", stpDossier).param("back", "/dossiers"));
            api(all, "POST /api/v1/dossiers/{code}/survey-code (Sở Tư pháp's dossier)", user,
                    () -> post("/api/v1/dossiers/{code}/survey-code", stpDossier));
        }
        // paper forms are typed for the officer's own unit: another unit's officer is refused by the campaign's targets
        page(all, "POST /survey/campaigns/{id}/paper", XEM, () -> post("/survey/campaigns/{id}/paper", survey)
                .param("formNumber", "QUET-1").param("q_E1.1", "1"));
        return all;
    }

    /** A demo feedback case assigned to Sở Tư pháp. */
    private String stpFeedback() {
        return jdbc.sql("""
                select f.code from feedback f join unit u on u.id = f.unit_id
                where u.code = 'SO_TU_PHAP' and f.status = 'ASSIGNED' order by f.id limit 1""").query(String.class).single();
    }

    private static void page(List<Endpoint> all, String name, String user, Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
        all.add(new Endpoint(name, user, Refusal.PAGE_403, null, null, request));
    }

    private static void api(List<Endpoint> all, String name, String user, Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
        all.add(new Endpoint(name, user, Refusal.API_403, null, null, request));
    }

    private static void flash(List<Endpoint> all, String name, String user, String redirect, String key,
                              Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
        all.add(new Endpoint(name, user, Refusal.FLASH_REDIRECT, redirect, key, request));
    }

    /** GET pages and API reads of private data, each called by a user who must not see it. */
    List<Endpoint> reads() {
        Ids i = ids;
        List<Endpoint> all = new ArrayList<>();
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "GET /admin/users", user, () -> get("/admin/users"));
            page(all, "GET /admin/users/new", user, () -> get("/admin/users/new"));
            page(all, "GET /admin/users/{id}", user, () -> get("/admin/users/{id}", i.stpUser()));
            page(all, "GET /admin/audit", user, () -> get("/admin/audit"));
            page(all, "GET /urging/new (the standing agency's picker)", user, () -> get("/urging/new"));
            page(all, "GET /plans/{id}/cascade-units (the standing agency's pick of any unit)", user,
                    () -> get("/plans/{id}/cascade-units", i.issuedPlan()).param("q", "so"));
            // Sở Tư pháp's self-assessment in a round not yet published: its draft scores, notes and evidence.
            page(all, "GET /scoring/assessments/{id} (Sở Tư pháp, unpublished)", user,
                    () -> get("/scoring/assessments/{id}", i.stpAssessment()));
            page(all, "GET /scoring/assessments/{id}/sheet.xlsx (Sở Tư pháp)", user,
                    () -> get("/scoring/assessments/{id}/sheet.xlsx", i.stpAssessment()));
            page(all, "GET /scoring/assessments/{id}/sheet.docx (Sở Tư pháp)", user,
                    () -> get("/scoring/assessments/{id}/sheet.docx", i.stpAssessment()));
            page(all, "GET /scoring/assessments/{id}/evidence.zip (Sở Tư pháp)", user,
                    () -> get("/scoring/assessments/{id}/evidence.zip", i.stpAssessment()));
            page(all, "GET /scoring/evidence/{id} (Sở Tư pháp, unpublished)", user,
                    () -> get("/scoring/evidence/{id}", i.stpDraftEvidence()));
            page(all, "GET /scoring/rounds/{id}/areas/{code} (appraisal of an area)", user,
                    () -> get("/scoring/rounds/{id}/areas/{code}", i.openRound(), i.areaCode()));
            api(all, "GET /api/v1/scoring/assessments/{id}/items (Sở Tư pháp, unpublished)", user,
                    () -> get("/api/v1/scoring/assessments/{id}/items", i.stpAssessment()));
            // A unit's indicator report before it is submitted: its values and comments.
            all.add(new Endpoint("GET /indicators/reports/{unit}/{period} (Sở VHTTDL's draft)", user, Refusal.PAGE_OWN_403,
                    null, null, () -> get("/indicators/reports/SO_VHTTDL/{p}", draftPeriod)));
            api(all, "GET /api/v1/indicators/reports/{unit}/{period} (Sở VHTTDL's draft)", user,
                    () -> get("/api/v1/indicators/reports/SO_VHTTDL/{p}", draftPeriod));
            // Who changed which dossier of Sở Tư pháp, and how.
            page(all, "GET /dossiers/history (a dossier of Sở Tư pháp)", user,
                    () -> get("/dossiers/history").param("code", stpDossier));
            api(all, "GET /api/v1/dossiers/history (a dossier of Sở Tư pháp)", user,
                    () -> get("/api/v1/dossiers/history").param("code", stpDossier));
            // A unit's reform report before it is submitted, and the province's consolidation of every unit's figures.
            page(all, "GET /reform-reports/{unit}/{period} (Sở Tư pháp's unsubmitted report)", user,
                    () -> get("/reform-reports/SO_TU_PHAP/2025-YEAR"));
            page(all, "GET /reform-reports/province/{period}", user, () -> get("/reform-reports/province/2025-YEAR"));
            page(all, "GET /reform-reports/province/{period}/report.docx", user,
                    () -> get("/reform-reports/province/2025-YEAR/report.docx"));
            page(all, "GET /reform-reports/province/{period}/report.pdf", user,
                    () -> get("/reform-reports/province/2025-YEAR/report.pdf"));
            page(all, "GET /admin/jobs", user, () -> get("/admin/jobs"));
            page(all, "GET /admin/mail", user, () -> get("/admin/mail"));
        }
        page(all, "GET /scoring/rounds/new", XEM, () -> get("/scoring/rounds/new"));
        for (String user : List.of(XEM, OTHER_UNIT)) {
            page(all, "GET /feedback/{code} (Sở Tư pháp's case, with the citizen's contact details)", user,
                    () -> get("/feedback/{code}", stpFeedback()));
            page(all, "GET /feedback/statistics (every unit's figures)", user, () -> get("/feedback/statistics"));
        }
        long surveyCampaign = jdbc.sql("select id from survey_campaign order by id limit 1").query(Long.class).single();
        page(all, "GET /survey/campaigns/{id}/export.xlsx", XEM, () -> get("/survey/campaigns/{id}/export.xlsx", surveyCampaign));
        page(all, "GET /survey/campaigns/{id}", OTHER_UNIT, () -> get("/survey/campaigns/{id}", surveyCampaign));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void aWrongUserCannotReadPrivateData(Endpoint e) throws Exception {
        aWrongUserIsRefusedAndNothingChanges(e);
    }

    @Test
    void everyWriteMappingOfTheApplicationIsSwept() {
        Set<String> swept = endpoints().stream().map(e -> normalised(e.name())).collect(Collectors.toSet());
        List<String> unswept = writeMappings().stream()
                .filter(m -> !swept.contains(normalised(m)) && !NOT_SWEPT.containsKey(m)).toList();
        assertThat(unswept).as("write mappings without a refused call in endpoints() (or a reason in NOT_SWEPT)").isEmpty();
        assertThat(NOT_SWEPT.keySet()).as("NOT_SWEPT names only mappings that exist").isSubsetOf(writeMappings());
    }

    /** "POST /plans/{id}/close" for every write method of every vn.cchc handler; "ANY /path" for a mapping without methods. */
    private Set<String> writeMappings() {
        Set<String> out = new TreeSet<>();
        Set<RequestMethod> writes = EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getName().startsWith("vn.cchc.")) {
                return;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    out.add("ANY " + path);
                }
                methods.stream().filter(writes::contains).forEach(m -> out.add(m.name() + " " + path));
            }
        });
        return out;
    }

    /** The method and path of a case's name, with path variables unnamed: "POST /plans/{}/close". */
    private static String normalised(String name) {
        String[] words = name.split(" ");
        return words[0] + " " + words[1].replaceAll("\\{[^}]*}", "{}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aWrongUserIsRefusedAndNothingChanges(Endpoint e) throws Exception {
        long auditBefore = auditCount();
        Map<String, String> before = fingerprint();

        AbstractMockHttpServletRequestBuilder<?> request = e.request().get();
        if (e.refusal() == Refusal.API_403) {
            request.with(httpBasic(e.user(), DemoAccounts.PASSWORD));
        } else {
            request.with(as(e.user())).with(csrf());
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        switch (e.refusal()) {
            case PAGE_403 -> {
                assertThat(status).as("status of %s", e).isEqualTo(403);
                assertThat(result.getResponse().getForwardedUrl()).as("forwarded to the 403 page").isEqualTo("/error/403");
            }
            case PAGE_OWN_403 -> {
                assertThat(status).as("status of %s", e).isEqualTo(403);
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as("nothing of the draft")
                        .doesNotContain(DRAFT_COMMENT);
            }
            case API_403 -> {
                assertThat(status).as("status of %s", e).isEqualTo(403);
                assertThat(result.getResponse().getContentType()).as("problem details").startsWith("application/problem+json");
            }
            case FLASH_REDIRECT -> {
                assertThat(status).as("status of %s", e).isEqualTo(302);
                assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(e.redirect());
                assertThat(result.getFlashMap().get("flashError")).as("flash error").isEqualTo(e.flashKey());
                assertThat(result.getFlashMap().containsKey("flashSuccess")).as("no success message").isFalse();
            }
        }

        assertThat(auditCount()).as("audit entries after %s", e).isEqualTo(auditBefore);
        assertThat(fingerprint()).as("tables after %s", e).isEqualTo(before);
    }

    /**
     * A dossier file is checked row by row: an officer's file with another unit's dossier is refused as a whole
     * (422, nothing stored in the dossier tables). The refusal itself is kept as a REJECTED ingest with its audit
     * entry, like any refused file.
     */
    @Test
    void anOfficersDossierFileWithAnotherUnitsRowsIsRefusedAndStoresNoDossier() throws Exception {
        String csv = "code,procedure_code,unit_code,received_at,due_at,finished_at,channel,supplement_requests,"
                + "supplement_days,digitised,electronic_result,fee,paid_online,apology,synced,complaint\n"
                + "SWEEP-STP-1,2.000488,SO_TU_PHAP,2025-01-05 08:00,2025-01-10 17:00,2025-01-09 10:00,2,0,0,1,1,50000,1,0,1,0\n";
        long dossiers = jdbc.sql("select count(*) from dossier").query(Long.class).single();
        String months = jdbc.sql("select md5(coalesce(string_agg(m::text, '|' order by m::text), '')) from dossier_unit_month m")
                .query(String.class).single();
        MvcResult result = mvc.perform(post("/api/v1/dossiers/ingest").param("name", "ho-so-stp.csv").contentType("text/csv")
                        .content(csv.getBytes(StandardCharsets.UTF_8)).with(httpBasic(OTHER_UNIT, DemoAccounts.PASSWORD)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("SO_TU_PHAP");
        assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(dossiers);
        assertThat(jdbc.sql("select count(*) from dossier where code = 'SWEEP-STP-1'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select md5(coalesce(string_agg(m::text, '|' order by m::text), '')) from dossier_unit_month m")
                .query(String.class).single()).isEqualTo(months);
        assertThat(jdbc.sql("select status from dossier_ingest where file_name = 'ho-so-stp.csv' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("REJECTED");
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    /**
     * Every business table, row by row (md5 of the rows' text), except: the sessions; the scheduler's bookkeeping
     * (scheduled_tasks, which a node updates whenever a job runs); the big dossier tables
     * (counted, and their aggregates hashed); app_user without the sign-in bookkeeping columns, which every HTTP
     * Basic request updates by design (last sign-in, failed attempts).
     */
    private Map<String, String> fingerprint() {
        List<String> tables = jdbc.sql("""
                        select table_name from information_schema.tables where table_schema = current_schema()
                          and table_type = 'BASE TABLE' and table_name not like 'spring_session%'
                          and table_name not in ('flyway_schema_history', 'app_user', 'dossier', 'audit_entry',
                                                 'audit_seal', 'scheduled_tasks')
                        order by table_name""").query(String.class).list();
        Map<String, String> out = new LinkedHashMap<>();
        for (String t : tables) {
            out.put(t, jdbc.sql("select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + t + " t")
                    .query(String.class).single());
        }
        out.put("dossier", jdbc.sql("select count(*) || ':' || coalesce(max(ingest_id), 0) from dossier").query(String.class).single());
        out.put("app_user", jdbc.sql("""
                        select md5(coalesce(string_agg(concat_ws(',', id, username, full_name, email, unit_id, password_hash,
                            enabled, updated_at), '|' order by id), '')) from app_user""").query(String.class).single());
        return out;
    }
}
