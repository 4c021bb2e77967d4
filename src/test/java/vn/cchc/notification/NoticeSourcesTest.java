package vn.cchc.notification;

import vn.cchc.UsesDemoData;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.indicator.ReportApproved;
import vn.cchc.indicator.ReportReturned;
import vn.cchc.plan.PlanPublished;
import vn.cchc.plan.ProgressConfirmed;
import vn.cchc.plan.ProgressReturned;
import vn.cchc.scoring.AppraisalFinished;
import vn.cchc.scoring.ExplanationRequested;
import vn.cchc.scoring.RoundPublished;
import vn.cchc.scoring.SelfAssessmentReturned;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module event, published as its module publishes it (in a transaction that commits), gives the expected
 * users their notice with its Vietnamese text and link, once; the person who acted gets none. Thing ids are far
 * above the demo data's, so each test owns its notices.
 */
@UsesDemoData("the demo accounts")
class NoticeSourcesTest extends CchcIntegrationTest {

    private static final AtomicLong NEXT = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000L) * 100);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    NotificationFixture fixture;

    private long officer;
    private long sxd;
    private long stp;
    private long snvOfficer;

    @BeforeEach
    void officers() {
        officer = fixture.officer();
        sxd = fixture.unitId();
        stp = jdbc.sql("select id from unit where code = 'SO_TU_PHAP'").query(Long.class).single();
        snvOfficer = fixture.userId("snv.cchc");
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private List<String> recipients(String thingType, long thingId, Reason reason) {
        return jdbc.sql("""
                        select u.username from notification n join app_user u on u.id = n.user_id
                        where n.thing_type = ? and n.thing_id = ? and n.reason = ? order by u.username""")
                .params(thingType, String.valueOf(thingId), reason.name()).query(String.class).list();
    }

    /** Whoever holds the role (of the unit, when given) today: other tests add accounts to the shared database. */
    private List<String> holders(String role, Long unitId) {
        return jdbc.sql("""
                        select u.username from app_user u join app_user_role r on r.user_id = u.id
                        where r.role = ? and u.enabled and (cast(? as bigint) is null or u.unit_id = ?) order by u.username""")
                .params(role, unitId, unitId).query(String.class).list();
    }

    private String title(long noticeId) {
        return jdbc.sql("select title from notification where id = ?").param(noticeId).query(String.class).single();
    }

    private String link(long noticeId) {
        return jdbc.sql("select link from notification where id = ?").param(noticeId).query(String.class).single();
    }

    @Test
    void aReturnedIndicatorReportDeliveredTwiceNotifiesTheUnitsOfficerOnce() {
        long report = NEXT.incrementAndGet();
        ReportReturned returned = new ReportReturned(report, sxd, "2025-Q2", snvOfficer, "Thiếu số liệu hồ sơ trực tuyến quý II");
        publish(returned);
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "ind_report", report, Reason.REPORT_RETURNED);
        assertThat(fixture.awaitHandled("ReportReturned", "\"reportId\":" + report + ",")).isTrue();
        // delivered again, as a publication re-sent after a restart is; not at the same instant, since the registry
        // tells two equal events in flight at once apart by their value only
        publish(returned);
        assertThat(fixture.awaitHandled("ReportReturned", "\"reportId\":" + report + ",")).isTrue();

        assertThat(recipients("ind_report", report, Reason.REPORT_RETURNED)).containsExactly(NotificationFixture.OFFICER);
        assertThat(title(notice)).isEqualTo("Báo cáo chỉ tiêu Quý 2/2025 của Sở Xây dựng bị trả lại: Thiếu số liệu hồ sơ trực tuyến quý II");
        assertThat(link(notice)).isEqualTo("/indicators/reports/SO_XAY_DUNG/2025-Q2");
    }

    @Test
    void anApprovedIndicatorReportNotifiesTheUnitsOfficer() {
        long report = NEXT.incrementAndGet();
        publish(new ReportApproved(report, sxd, "2025-Q3", snvOfficer));
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "ind_report", report, Reason.REPORT_APPROVED);
        assertThat(title(notice)).isEqualTo("Báo cáo chỉ tiêu Quý 3/2025 của Sở Xây dựng đã được duyệt.");
        assertThat(recipients("ind_report", report, Reason.REPORT_APPROVED)).containsExactly(NotificationFixture.OFFICER);
    }

    @Test
    void aPublishedPlanTellsLeadUnitsAsLeadAndCoordinatingUnitsAsCoordinatingOnce() {
        long plan = NEXT.incrementAndGet();
        // Sở Xây dựng leads and also coordinates: it is told once, as the lead
        publish(new PlanPublished(plan, 2025, List.of(sxd), List.of(sxd, stp)));
        long lead = fixture.awaitNotice(NotificationFixture.OFFICER, "plan", plan, Reason.PLAN_PUBLISHED_LEAD);
        fixture.awaitNotice("stp.cchc", "plan", plan, Reason.PLAN_PUBLISHED_COORDINATING);

        assertThat(recipients("plan", plan, Reason.PLAN_PUBLISHED_LEAD)).containsExactly(NotificationFixture.OFFICER);
        assertThat(recipients("plan", plan, Reason.PLAN_PUBLISHED_COORDINATING)).contains("stp.cchc")
                .containsExactlyElementsOf(holders("UNIT_OFFICER", stp));
        assertThat(title(lead)).isEqualTo("Kế hoạch cải cách hành chính năm 2025 đã được ban hành; đơn vị của bạn chủ trì nhiệm vụ trong kế hoạch.");
        assertThat(link(lead)).isEqualTo("/plans/" + plan);
    }

    @Test
    void returnedProgressNotifiesTheUnitButNotTheOfficerWhoReturnedIt() {
        long progress = NEXT.incrementAndGet();
        long task = NEXT.incrementAndGet();
        publish(new ProgressReturned(progress, task, sxd, snvOfficer, "Chưa đính kèm văn bản chứng minh"));
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "task_progress", progress, Reason.PROGRESS_RETURNED);
        assertThat(title(notice)).isEqualTo("Báo cáo tiến độ nhiệm vụ của Sở Xây dựng bị trả lại: Chưa đính kèm văn bản chứng minh");
        assertThat(link(notice)).isEqualTo("/plans/tasks/" + task);
    }

    @Test
    void confirmedProgressNotifiesTheUnitsOfficer() {
        long progress = NEXT.incrementAndGet();
        long task = NEXT.incrementAndGet();
        publish(new ProgressConfirmed(progress, task, sxd, snvOfficer));
        fixture.awaitNotice(NotificationFixture.OFFICER, "task_progress", progress, Reason.PROGRESS_CONFIRMED);
        assertThat(recipients("task_progress", progress, Reason.PROGRESS_CONFIRMED)).containsExactly(NotificationFixture.OFFICER);
    }

    @Test
    void anOfficerWhoActsOnTheirOwnUnitIsNotToldOfTheirOwnAction() {
        long progress = NEXT.incrementAndGet();
        publish(new ProgressConfirmed(progress, NEXT.incrementAndGet(), sxd, officer));
        assertThat(fixture.awaitHandled("ProgressConfirmed", "\"progressId\":" + progress)).isTrue();
        assertThat(recipients("task_progress", progress, Reason.PROGRESS_CONFIRMED)).isEmpty();
    }

    @Test
    void aReturnedSelfAssessmentNotifiesTheUnitAndLinksToItsSheet() {
        long assessment = NEXT.incrementAndGet();
        publish(new SelfAssessmentReturned(assessment, NEXT.incrementAndGet(), sxd, snvOfficer, "Bổ sung minh chứng tiêu chí 1.2"));
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "score_assessment", assessment, Reason.SELF_ASSESSMENT_RETURNED);
        assertThat(title(notice)).isEqualTo("Bản tự đánh giá của Sở Xây dựng bị trả lại: Bổ sung minh chứng tiêu chí 1.2");
        assertThat(link(notice)).isEqualTo("/scoring/assessments/" + assessment);
    }

    @Test
    void anExplanationRequestNotifiesTheUnit() {
        long item = NEXT.incrementAndGet();
        long assessment = NEXT.incrementAndGet();
        publish(new ExplanationRequested(item, assessment, NEXT.incrementAndGet(), sxd, snvOfficer));
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "score_item", item, Reason.EXPLANATION_REQUESTED);
        assertThat(title(notice)).isEqualTo("Cơ quan thẩm định đề nghị Sở Xây dựng giải trình kết quả tự đánh giá.");
        assertThat(link(notice)).isEqualTo("/scoring/assessments/" + assessment);
    }

    @Test
    void aFinishedAppraisalNotifiesTheStandingAgencyOnly() {
        long round = NEXT.incrementAndGet();
        long appraiser = fixture.userId("thamdinh");
        publish(new AppraisalFinished(round, "LV2", stp, appraiser));
        long notice = fixture.awaitNotice("snv.cchc", "score_round_area", round + "/LV2", Reason.APPRAISAL_FINISHED);
        assertThat(jdbc.sql("select u.username from notification n join app_user u on u.id = n.user_id where n.thing_id = ?")
                .param(round + "/LV2").query(String.class).list()).contains("snv.cchc")
                .containsExactlyInAnyOrderElementsOf(holders("STANDING_AGENCY", null));
        assertThat(title(notice)).isEqualTo("Sở Tư pháp đã hoàn thành thẩm định lĩnh vực LV2.");
        assertThat(link(notice)).isEqualTo("/scoring/rounds/" + round + "/areas/LV2");
    }

    @Test
    void aPublishedRoundNotifiesEveryUnitsOfficers() {
        long round = NEXT.incrementAndGet();
        long snv = jdbc.sql("select id from unit where code = 'SO_NOI_VU'").query(Long.class).single();
        publish(new RoundPublished(round, 2025, "125/QĐ-UBND", snv, snvOfficer));
        long notice = fixture.awaitNotice(NotificationFixture.OFFICER, "score_round", round, Reason.ROUND_PUBLISHED);
        fixture.awaitNotice("stp.cchc", "score_round", round, Reason.ROUND_PUBLISHED);
        List<String> unitOfficers = jdbc.sql("""
                        select u.username from app_user u join app_user_role r on r.user_id = u.id and r.role = 'UNIT_OFFICER'
                        where u.enabled order by u.username""").query(String.class).list();
        assertThat(fixture.awaitHandled("RoundPublished", "\"roundId\":" + round)).isTrue();
        assertThat(recipients("score_round", round, Reason.ROUND_PUBLISHED)).containsExactlyElementsOf(unitOfficers)
                .contains("skhcn.cchc").doesNotContain("snv.cchc", "xem");
        assertThat(title(notice)).isEqualTo("Kết quả chỉ số cải cách hành chính năm 2025 đã được công bố (125/QĐ-UBND).");
    }
}
