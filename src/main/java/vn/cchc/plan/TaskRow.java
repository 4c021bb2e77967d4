package vn.cchc.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** One task as lists, boards and exports show it. */
public record TaskRow(long id, long planId, String planNumber, String planTitle, Integer planYear, String section,
                      String number, String content, String area, String directedBy, List<PlanDraft.Agency> lead,
                      List<PlanDraft.Agency> coordinate, String deadlineText, String deadlineKind, List<PlanDraft.Due> milestones,
                      LocalDate extendedDue, String output, boolean priority, Integer quarter, String status, String review,
                      String reviewReason, int percent, LocalDate completedOn, boolean demo, TaskState state,
                      LocalDate due, long daysLate) {

    static TaskRow of(long id, long planId, String planNumber, String planTitle, Integer planYear, String section,
                      String number, String content, String area, String directedBy, List<PlanDraft.Agency> lead,
                      List<PlanDraft.Agency> coordinate, String deadlineText, String deadlineKind,
                      List<PlanDraft.Due> milestones, LocalDate extendedDue, String output, boolean priority,
                      Integer quarter, String status, String review, String reviewReason, int percent,
                      LocalDate completedOn, boolean demo, LocalDate today) {
        LocalDate due = extendedDue != null ? extendedDue
                : milestones.isEmpty() ? null : milestones.get(milestones.size() - 1).due();
        TaskState state = TaskState.derive(status, completedOn, due, today);
        long late = state == TaskState.OVERDUE ? ChronoUnit.DAYS.between(due, today)
                : state == TaskState.DONE_LATE ? ChronoUnit.DAYS.between(due, completedOn) : 0;
        return new TaskRow(id, planId, planNumber, planTitle, planYear, section, number, content, area, directedBy, lead,
                coordinate, deadlineText, deadlineKind, milestones, extendedDue, output, priority, quarter, status, review,
                reviewReason, percent, completedOn, demo, state, due, late);
    }

    public String leadNames() {
        return String.join("; ", lead.stream().map(PlanDraft.Agency::name).toList());
    }

    public String coordinateNames() {
        return String.join("; ", coordinate.stream().map(PlanDraft.Agency::name).toList());
    }

    public boolean ledBy(long unitId) {
        return lead.stream().anyMatch(a -> a.unitId() != null && a.unitId() == unitId);
    }

    public boolean involves(long unitId) {
        return ledBy(unitId) || coordinate.stream().anyMatch(a -> a.unitId() != null && a.unitId() == unitId);
    }

    /** The section's top heading ("II" of "II.3"), for grouping. */
    public String topSection() {
        if (section == null || section.isBlank()) {
            return "";
        }
        int dot = section.indexOf('.');
        return dot < 0 ? section : section.substring(0, dot);
    }

    public boolean awaitingConfirmation() {
        return "AWAITING".equals(review);
    }

    public boolean returned() {
        return "RETURNED".equals(review);
    }
}
