package vn.cchc.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.LateSubmissionGranted;
import vn.cchc.indicator.PeriodLabels;
import vn.cchc.indicator.ReportApproved;
import vn.cchc.indicator.ReportReturned;
import vn.cchc.plan.DirectionGiven;
import vn.cchc.plan.PlanPublished;
import vn.cchc.plan.ProgressConfirmed;
import vn.cchc.plan.ProgressReturned;
import vn.cchc.reformreport.ReformReportAccepted;
import vn.cchc.reformreport.ReformReportReturned;
import vn.cchc.scoring.AppraisalFinished;
import vn.cchc.scoring.ExplanationRequested;
import vn.cchc.scoring.RoundPublished;
import vn.cchc.scoring.SelfAssessmentReturned;
import vn.cchc.vietnamese.VietnameseDates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns other modules' events into notices. Each listener runs after the publisher's transaction commits, in its
 * own; the person who acted is not told about their own action. A notice per user, thing and reason is written
 * once, so an event delivered again (the registry re-sends unfinished ones at start-up) adds nothing.
 */
@Component
class NoticeSources {

    private final Notifications notifications;
    private final Recipients recipients;
    private final Directory directory;
    private final PeriodLabels periods;

    NoticeSources(Notifications notifications, Recipients recipients, Directory directory, PeriodLabels periods) {
        this.notifications = notifications;
        this.recipients = recipients;
        this.directory = directory;
        this.periods = periods;
    }

    /** Each lead unit's officers, then the coordinating units' officers who are not already told as a lead. */
    @ApplicationModuleListener
    void on(PlanPublished e) {
        String year = e.year() == null ? "" : " năm " + e.year();
        String link = "/plans/" + e.planId();
        String thing = String.valueOf(e.planId());
        List<Recipient> leads = recipients.officersOf(e.leadUnitIds());
        notifications.send(leads, new Notice("plan", thing, Reason.PLAN_PUBLISHED_LEAD, link, List.of(year)));
        Set<Long> told = new HashSet<>();
        leads.forEach(r -> told.add(r.userId()));
        List<Recipient> coordinating = recipients.officersOf(e.coordinatingUnitIds()).stream()
                .filter(r -> !told.contains(r.userId())).toList();
        notifications.send(coordinating, new Notice("plan", thing, Reason.PLAN_PUBLISHED_COORDINATING, link, List.of(year)));
    }

    @ApplicationModuleListener
    void on(ProgressReturned e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("task_progress",
                String.valueOf(e.progressId()), Reason.PROGRESS_RETURNED, "/plans/tasks/" + e.taskId(),
                List.of(unitName(e.unitId()), nz(e.reason()))));
    }

    @ApplicationModuleListener
    void on(ProgressConfirmed e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("task_progress",
                String.valueOf(e.progressId()), Reason.PROGRESS_CONFIRMED, "/plans/tasks/" + e.taskId(),
                List.of(unitName(e.unitId()))));
    }

    @ApplicationModuleListener
    void on(ReportReturned e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("ind_report",
                String.valueOf(e.reportId()), Reason.REPORT_RETURNED, reportLink(e.unitId(), e.periodKey()),
                List.of(periods.label(e.periodKey()), unitName(e.unitId()), nz(e.reason()))));
    }

    @ApplicationModuleListener
    void on(ReportApproved e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("ind_report",
                String.valueOf(e.reportId()), Reason.REPORT_APPROVED, reportLink(e.unitId(), e.periodKey()),
                List.of(periods.label(e.periodKey()), unitName(e.unitId()))));
    }

    /** The unit's officers may submit the locked period's report until the granted day. */
    @ApplicationModuleListener
    void on(LateSubmissionGranted e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("ind_late_request",
                String.valueOf(e.requestId()), Reason.LATE_SUBMISSION_GRANTED, reportLink(e.unitId(), e.periodKey()),
                List.of(unitName(e.unitId()), periods.label(e.periodKey()),
                        VietnameseDates.format(e.openUntil()))));
    }

    @ApplicationModuleListener
    void on(SelfAssessmentReturned e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("score_assessment",
                String.valueOf(e.assessmentId()), Reason.SELF_ASSESSMENT_RETURNED,
                "/scoring/assessments/" + e.assessmentId(), List.of(unitName(e.unitId()), nz(e.reason()))));
    }

    @ApplicationModuleListener
    void on(ExplanationRequested e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("score_item",
                String.valueOf(e.itemId()), Reason.EXPLANATION_REQUESTED, "/scoring/assessments/" + e.assessmentId(),
                List.of(unitName(e.unitId()))));
    }

    /** The standing agency consolidates once every area is appraised: its officers are told of each area. */
    @ApplicationModuleListener
    void on(AppraisalFinished e) {
        notifications.send(except(recipients.standingAgency(), e.userId()), new Notice("score_round_area",
                e.roundId() + "/" + e.areaCode(), Reason.APPRAISAL_FINISHED,
                "/scoring/rounds/" + e.roundId() + "/areas/" + e.areaCode(), List.of(unitName(e.unitId()), e.areaCode())));
    }

    @ApplicationModuleListener
    void on(RoundPublished e) {
        notifications.send(except(recipients.allUnitOfficers(), e.userId()), new Notice("score_round",
                String.valueOf(e.roundId()), Reason.ROUND_PUBLISHED, "/scoring/rounds/" + e.roundId() + "/results",
                List.of(String.valueOf(e.year()), nz(e.decisionRef()))));
    }

    @ApplicationModuleListener
    void on(ReformReportReturned e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("reform_report",
                e.reportId() + "/" + e.version(), Reason.REFORM_REPORT_RETURNED, reformReportLink(e.unitId(), e.periodKey()),
                List.of(e.periodLabel(), unitName(e.unitId()), nz(e.reason()))));
    }

    @ApplicationModuleListener
    void on(ReformReportAccepted e) {
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("reform_report",
                e.reportId() + "/" + e.version(), Reason.REFORM_REPORT_ACCEPTED, reformReportLink(e.unitId(), e.periodKey()),
                List.of(e.periodLabel(), unitName(e.unitId()))));
    }

    /** The lead unit's officers must acknowledge a leader's direction on the task. */
    @ApplicationModuleListener
    void on(DirectionGiven e) {
        String due = e.due() == null ? "" : " (hạn " + VietnameseDates.format(e.due()) + ")";
        notifications.send(except(recipients.officersOf(e.unitId()), e.userId()), new Notice("task_direction",
                String.valueOf(e.directionId()), Reason.DIRECTION_GIVEN, "/plans/tasks/" + e.taskId(),
                List.of(nz(e.leaderName()), nz(e.taskNumber()), unitName(e.unitId()), due)));
    }

    private static List<Recipient> except(List<Recipient> all, long actorId) {
        return all.stream().filter(r -> r.userId() != actorId).toList();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private String unitName(long unitId) {
        return directory.findById(unitId).map(UnitRef::name).orElse("#" + unitId);
    }

    private String reportLink(long unitId, String periodKey) {
        String code = directory.findById(unitId).map(UnitRef::code).orElseThrow(
                () -> new IllegalStateException("no unit " + unitId));
        return "/indicators/reports/" + code + "/" + periodKey;
    }

    private String reformReportLink(long unitId, String periodKey) {
        String code = directory.findById(unitId).map(UnitRef::code).orElseThrow(
                () -> new IllegalStateException("no unit " + unitId));
        return "/reform-reports/" + code + "/" + periodKey;
    }
}
