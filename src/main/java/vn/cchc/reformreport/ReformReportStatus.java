package vn.cchc.reformreport;

/** Where a unit's reform report stands; NOT_STARTED is a report nobody has saved yet (shown, never stored). */
enum ReformReportStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
