package vn.cchc.plan;

import java.time.LocalDate;

/** A plan as the list and the plan page head show it. */
public record PlanSummary(long id, String number, String type, String title, String issuer, String place,
                          LocalDate date, String signer, String signerTitle, Integer year, String theme,
                          String purposes, String requirements, String status, Long replacedById,
                          String replacedByNumber, Long parentPlanId, String parentNumber, boolean demo, long taskCount,
                          Long ownerUnitId, String closedReason, String closedBy) {

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
