package vn.cchc.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One task as lists, boards and exports show it. {@code status}, {@code review}, {@code percent} and {@code state}
 * are the task's own, derived from its lead units' progress ({@code units}); {@link #asSeenBy(long)} gives the
 * task as one lead unit sees it (its own report, its own state).
 */
public record TaskRow(long id, long planId, String planNumber, String planTitle, Integer planYear, String section,
                      String number, String content, String area, String directedBy, List<PlanDraft.Agency> lead,
                      List<PlanDraft.Agency> coordinate, String deadlineText, String deadlineKind, List<PlanDraft.Due> milestones,
                      LocalDate extendedDue, String output, boolean priority, Integer quarter, String status, String review,
                      String reviewReason, int percent, LocalDate completedOn, boolean demo, TaskState state,
                      LocalDate due, long daysLate, String planStatus, String planIssuer, Long sourceTaskId,
                      List<UnitProgress> units) {

    /** One lead unit's progress on the task: named in the document, member of a named group, or picked. */
    public record UnitProgress(long unitId, String name, String source, String status, String review, String reviewReason,
                               int percent, LocalDate completedOn, TaskState state, long daysLate) {

        UnitProgress(long unitId, String name, String source, String status, String review, String reviewReason,
                     int percent, LocalDate completedOn) {
            this(unitId, name, source, status, review, reviewReason, percent, completedOn, null, 0);
        }

        public boolean awaitingConfirmation() {
            return "AWAITING".equals(review);
        }

        public boolean returned() {
            return "RETURNED".equals(review);
        }

        public boolean viaGroup() {
            return !"NAMED".equals(source);
        }
    }

    static TaskRow of(long id, long planId, String planNumber, String planTitle, Integer planYear, String section,
                      String number, String content, String area, String directedBy, List<PlanDraft.Agency> lead,
                      List<PlanDraft.Agency> coordinate, String deadlineText, String deadlineKind,
                      List<PlanDraft.Due> milestones, LocalDate extendedDue, String output, boolean priority,
                      Integer quarter, String status, String review, String reviewReason, int percent,
                      LocalDate completedOn, boolean demo, String planStatus, String planIssuer, Long sourceTaskId,
                      List<UnitProgress> units, LocalDate today) {
        LocalDate due = extendedDue != null ? extendedDue
                : milestones.isEmpty() ? null : milestones.get(milestones.size() - 1).due();
        TaskState state = TaskState.derive(status, completedOn, due, today);
        boolean held = "POSTPONED".equals(status) || "CANCELLED".equals(status);
        List<UnitProgress> derived = units.stream().map(u -> {
            TaskState s = TaskState.derive(held ? status : u.status(), u.completedOn(), due, today);
            return new UnitProgress(u.unitId(), u.name(), u.source(), u.status(), u.review(), u.reviewReason(), u.percent(),
                    u.completedOn(), s, late(s, due, u.completedOn(), today));
        }).toList();
        // Overdue as soon as one lead unit is: the task is not done while any unit is late with its part.
        if (derived.stream().anyMatch(u -> u.state() == TaskState.OVERDUE) && state.open()) {
            state = TaskState.OVERDUE;
        }
        return new TaskRow(id, planId, planNumber, planTitle, planYear, section, number, content, area, directedBy, lead,
                coordinate, deadlineText, deadlineKind, milestones, extendedDue, output, priority, quarter, status, review,
                reviewReason, percent, completedOn, demo, state, due, late(state, due, completedOn, today), planStatus,
                planIssuer, sourceTaskId, derived);
    }

    private static long late(TaskState state, LocalDate due, LocalDate completedOn, LocalDate today) {
        return state == TaskState.OVERDUE ? ChronoUnit.DAYS.between(due, today)
                : state == TaskState.DONE_LATE && completedOn != null ? ChronoUnit.DAYS.between(due, completedOn) : 0;
    }

    /** The task as this lead unit sees it: its own status, report, percent and state; unchanged for other units. */
    public TaskRow asSeenBy(long unitId) {
        return units.stream().filter(u -> u.unitId() == unitId).findFirst()
                .map(u -> new TaskRow(id, planId, planNumber, planTitle, planYear, section, number, content, area, directedBy,
                        lead, coordinate, deadlineText, deadlineKind, milestones, extendedDue, output, priority, quarter,
                        "POSTPONED".equals(status) || "CANCELLED".equals(status) ? status : u.status(), u.review(),
                        u.reviewReason(), u.percent(), u.completedOn(), demo, u.state(), due, u.daysLate(), planStatus,
                        planIssuer, sourceTaskId, units))
                .orElse(this);
    }

    public java.util.Optional<UnitProgress> unit(long unitId) {
        return units.stream().filter(u -> u.unitId() == unitId).findFirst();
    }

    /** Several lead units report separately: the task page shows each one's progress. */
    public boolean shared() {
        return units.size() > 1;
    }

    public String leadNames() {
        return String.join("; ", lead.stream().map(PlanDraft.Agency::name).toList());
    }

    public String coordinateNames() {
        return String.join("; ", coordinate.stream().map(PlanDraft.Agency::name).toList());
    }

    public boolean ledBy(long unitId) {
        return units.stream().anyMatch(u -> u.unitId() == unitId)
                || lead.stream().anyMatch(a -> a.unitId() != null && a.unitId() == unitId);
    }

    public boolean involves(long unitId) {
        return ledBy(unitId) || coordinate.stream().anyMatch(a -> a.unitId() != null && a.unitId() == unitId);
    }

    /** The section's top heading ("II" of "II.3"), for grouping. */
    public String topSection() {
        return PlanOutline.topSection(section);
    }

    public boolean awaitingConfirmation() {
        return "AWAITING".equals(review);
    }

    public boolean returned() {
        return "RETURNED".equals(review);
    }

    /** Follow-up has ended for tasks of a closed or replaced plan. */
    public boolean followed() {
        return !"CLOSED".equals(planStatus) && !"REPLACED".equals(planStatus);
    }
}
