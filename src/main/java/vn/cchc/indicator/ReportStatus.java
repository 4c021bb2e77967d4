package vn.cchc.indicator;

/** A reporting form's state: a unit drafts and submits, the standing agency approves or returns it. */
enum ReportStatus {
    NOT_STARTED, DRAFT, SUBMITTED, APPROVED, RETURNED
}
