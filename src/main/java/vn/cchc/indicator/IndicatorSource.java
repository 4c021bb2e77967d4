package vn.cchc.indicator;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values computed by another module (dossier statistics, later plan progress and SIPAS). The indicator
 * module asks for them when it shows a period, so they are as fresh as the source's own tables.
 */
public interface IndicatorSource {

    /** Codes of the catalogue's indicators this source computes. */
    Set<String> indicatorCodes();

    /** Every unit with data in the period: unit id → indicator code → measure. */
    Map<Long, Map<String, Measure>> unitValues(Period period);

    /** The province total, rolled up from the units by adding numerators and denominators. */
    Map<String, Measure> provinceValues(Period period);

    /** One measure per month, oldest first; unitId null means the province. */
    List<Measure> monthly(String code, Long unitId, YearMonth from, YearMonth to);
}
