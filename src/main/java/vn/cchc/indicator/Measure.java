package vn.cchc.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A value as its parts: a ratio keeps numerator and denominator so that it rolls up by adding both
 * (never by averaging percentages); a count or an amount has no denominator, except an average (an
 * amount with a denominator, e.g. total days / dossiers).
 */
public record Measure(BigDecimal numerator, BigDecimal denominator) {

    public static Measure of(long numerator, long denominator) {
        return new Measure(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    public static Measure count(long value) {
        return new Measure(BigDecimal.valueOf(value), null);
    }

    public static Measure ofNullable(BigDecimal numerator, BigDecimal denominator) {
        return numerator == null ? null : new Measure(numerator, denominator);
    }

    public Measure plus(Measure other) {
        if (other == null) {
            return this;
        }
        return new Measure(numerator.add(other.numerator),
                denominator == null && other.denominator == null ? null
                        : nz(denominator).add(nz(other.denominator)));
    }

    /** The value shown: a percentage for ratios, numerator / denominator for averages, else the number. */
    public BigDecimal value(IndicatorMeasure measure) {
        if (denominator == null) {
            return numerator;
        }
        if (denominator.signum() == 0) {
            return null;
        }
        BigDecimal ratio = numerator.divide(denominator, 6, RoundingMode.HALF_UP);
        return measure == IndicatorMeasure.RATIO ? ratio.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP)
                : ratio.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal nz(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
