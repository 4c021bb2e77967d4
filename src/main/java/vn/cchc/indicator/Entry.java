package vn.cchc.indicator;

import java.math.BigDecimal;

/** What a unit enters for one indicator: numerator (or the value), denominator for ratios, a comment. */
public record Entry(BigDecimal numerator, BigDecimal denominator, String comment) {

    public boolean blank() {
        return numerator == null && denominator == null;
    }
}
