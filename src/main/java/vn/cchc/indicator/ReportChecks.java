package vn.cchc.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules one entry of a report form must meet: a ratio has both parts and the part not above the whole, a
 * yes/no is 0 or 1, nothing negative; on submission every value is required and a missed target needs a comment.
 * Also how far from a unit's own history a value may go before it is questioned.
 */
final class ReportChecks {

    private ReportChecks() {
    }

    static BigDecimal valueOf(Indicator i, Entry e) {
        if (e.numerator() == null) {
            return null;
        }
        if (i.measure() == IndicatorMeasure.RATIO || i.measure() == IndicatorMeasure.BOOLEAN) {
            return new Measure(e.numerator(), e.denominator() == null ? BigDecimal.ONE : e.denominator())
                    .value(IndicatorMeasure.RATIO);
        }
        return e.numerator();
    }

    static boolean farFrom(BigDecimal value, BigDecimal mean, Indicator i) {
        BigDecimal diff = value.subtract(mean).abs();
        if (i.measure() == IndicatorMeasure.RATIO) {
            return diff.compareTo(BigDecimal.valueOf(20)) > 0;
        }
        return diff.compareTo(mean.abs().multiply(BigDecimal.valueOf(0.5))) > 0 && diff.compareTo(BigDecimal.valueOf(5)) > 0;
    }

    static Entry normalise(Entry e) {
        String comment = e.comment() == null || e.comment().isBlank() ? null : e.comment().strip();
        return new Entry(e.numerator(), e.denominator(), comment);
    }

    static void check(Indicator i, Entry e, boolean submit, Target target, List<Problem> errors) {
        String code = i.code();
        Object[] name = {i.name()};
        BigDecimal num = e.numerator();
        BigDecimal den = e.denominator();
        switch (i.measure()) {
            case RATIO -> {
                if (num == null && den == null) {
                    if (submit) {
                        errors.add(new Problem(code, "indicator.error.required", name));
                    }
                    return;
                }
                if (num == null || den == null) {
                    errors.add(new Problem(code, "indicator.error.ratioIncomplete", name));
                    return;
                }
                if (num.signum() < 0 || den.signum() <= 0) {
                    errors.add(new Problem(code, "indicator.error.ratioNegative", name));
                    return;
                }
                if (num.compareTo(den) > 0 && i.higherIsBetter()) {
                    errors.add(new Problem(code, "indicator.error.numeratorOverDenominator",
                            new Object[]{i.name(), plain(num), plain(den)}));
                    return;
                }
            }
            case BOOLEAN -> {
                if (num == null) {
                    if (submit) {
                        errors.add(new Problem(code, "indicator.error.required", name));
                    }
                    return;
                }
                if (num.compareTo(BigDecimal.ZERO) != 0 && num.compareTo(BigDecimal.ONE) != 0) {
                    errors.add(new Problem(code, "indicator.error.yesNo", name));
                    return;
                }
            }
            default -> {
                if (num == null) {
                    if (submit) {
                        errors.add(new Problem(code, "indicator.error.required", name));
                    }
                    return;
                }
                if (num.signum() < 0) {
                    errors.add(new Problem(code, "indicator.error.negative", name));
                    return;
                }
            }
        }
        BigDecimal value = valueOf(i, new Entry(num, i.measure() == IndicatorMeasure.BOOLEAN ? BigDecimal.ONE : den, null));
        if (submit && target != null && value != null && !target.met(value) && e.comment() == null) {
            errors.add(new Problem(code, "indicator.error.commentRequired",
                    new Object[]{i.name(), plain(value), target.label()}));
        }
    }

    static String plain(BigDecimal b) {
        return vn.cchc.vietnamese.VietnameseNumbers.format(b);
    }
}
