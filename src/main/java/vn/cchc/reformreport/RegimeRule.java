package vn.cchc.reformreport;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A periodic regime as data: the data window (from a day of the previous year or of the same one, to a day of the
 * period's year) and the due dates per level, a unit's to the standing agency before the province's to the Ministry.
 */
record RegimeRule(ReportingRegime regime, boolean fromPreviousYear, MonthDay windowFrom, MonthDay windowTo,
                  MonthDay unitDue, MonthDay provinceDue, String updatedBy) {

    LocalDate from(int year) {
        return windowFrom.atYear(fromPreviousYear ? year - 1 : year);
    }

    LocalDate to(int year) {
        return windowTo.atYear(year);
    }

    LocalDate unitDueOn(int year) {
        return unitDue.atYear(year);
    }

    LocalDate provinceDueOn(int year) {
        return provinceDue.atYear(year);
    }

    public String fromText() {
        return ReportingRegimes.shown(windowFrom);
    }

    public String toText() {
        return ReportingRegimes.shown(windowTo);
    }

    public String unitDueText() {
        return ReportingRegimes.shown(unitDue);
    }

    public String provinceDueText() {
        return ReportingRegimes.shown(provinceDue);
    }
}
