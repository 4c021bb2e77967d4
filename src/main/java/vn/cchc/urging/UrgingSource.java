package vn.cchc.urging;

/** What a letter chases: the lead units' overdue tasks, or the reports owed for a period. */
enum UrgingSource {
    TASKS, REPORTS
}
