package vn.cchc.indicator;

import java.math.BigDecimal;

/** A catalogue entry. {@code group766} and the score fields are set for the Decision 766 indicators. */
public record Indicator(long id, String code, String name, String definition, IndicatorMeasure measure,
                        String direction, String aggregation, PeriodType periodType, String source,
                        String unitLabel, String group766, BigDecimal scoreMax, BigDecimal scoreThreshold,
                        int sortOrder) {

    public boolean higherIsBetter() {
        return "HIGHER".equals(direction);
    }

    public boolean reported() {
        return "REPORTED".equals(source);
    }

    public boolean ratio() {
        return measure == IndicatorMeasure.RATIO || (measure == IndicatorMeasure.AMOUNT && "SUM_RATIO".equals(aggregation));
    }

    public boolean scored() {
        return group766 != null && scoreMax != null;
    }
}
