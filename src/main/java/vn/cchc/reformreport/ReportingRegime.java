package vn.cchc.reformreport;

/** The periodic reports a unit owes on administrative reform, and the ad hoc ones the standing agency asks for. */
enum ReportingRegime {
    QUARTER_I("Q1"), SIX_MONTHS("H1"), QUARTER_III("N9"), YEAR(null), AD_HOC(null);

    /** The indicator module's period of the same months, after the year: "2025-Q1". */
    private final String indicatorSuffix;

    ReportingRegime(String indicatorSuffix) {
        this.indicatorSuffix = indicatorSuffix;
    }

    String indicatorPeriodKey(int year) {
        if (this == AD_HOC) {
            return null;
        }
        return indicatorSuffix == null ? String.valueOf(year) : year + "-" + indicatorSuffix;
    }
}
