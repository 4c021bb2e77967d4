package vn.cchc.reformreport;

import java.time.LocalDate;

/**
 * One period a reform report is owed for: a regime's year ("2025-QUARTER_I") or an ad hoc request ("ADHOC-7"), with
 * its data window, the units' due date (to the standing agency) and the province's (to the Ministry), after which the
 * period is closed to the units unless a window is granted.
 */
record ReportPeriod(String key, ReportingRegime regime, int year, Long adHocId, String title, LocalDate from,
                    LocalDate to, LocalDate unitDue, LocalDate provinceDue) {

    static String key(ReportingRegime regime, int year) {
        return year + "-" + regime.name();
    }

    ReportWindow window(LocalDate today) {
        return new ReportWindow(key, from, to, today.isBefore(to) ? today : to, regime.indicatorPeriodKey(year));
    }

    boolean adHoc() {
        return adHocId != null;
    }

    /** Closed to the units once the province's own due date has passed. */
    boolean closedOn(LocalDate day) {
        return day.isAfter(provinceDue);
    }
}
