package vn.cchc.reformreport;

import java.time.LocalDate;

/**
 * The data window a reform report covers: its period key, the first and last day of data (inclusive), the day the
 * figures are read on (today, or the window's end once it has passed), and the calendar period of indicator reports
 * that matches the regime ("2025-Q1", "2025-H1", "2025-N9", "2025"; null for an ad hoc report).
 */
public record ReportWindow(String periodKey, LocalDate from, LocalDate to, LocalDate today, String indicatorPeriodKey) {
}
