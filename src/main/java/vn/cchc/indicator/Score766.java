package vn.cchc.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The Decision 766 index of one unit (or the province) for a period. Per indicator with maximum M and
 * threshold T: full M when the rate reaches T, else rate × M / T; without a threshold, rate × M. Indicators
 * without data score nothing and lower the coverage; the band is read on the score scaled to the
 * indicators with data, and the page says how many points that covers.
 */
record Score766(List<Line> lines, Map<String, BigDecimal> groups, BigDecimal total, BigDecimal available,
                       BigDecimal scaled, String band) {

    public record Line(Indicator indicator, BigDecimal rate, BigDecimal points) {
    }

    public static BigDecimal points(BigDecimal ratePercent, BigDecimal max, BigDecimal threshold) {
        if (ratePercent == null || max == null) {
            return null;
        }
        BigDecimal rate = ratePercent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        if (threshold != null && threshold.signum() > 0) {
            if (rate.compareTo(threshold) >= 0) {
                return max.setScale(2, RoundingMode.HALF_UP);
            }
            return rate.multiply(max).divide(threshold, 2, RoundingMode.HALF_UP);
        }
        return rate.multiply(max).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** Xuất sắc 90–100, Tốt 80–<90, Khá 70–<80, Trung bình 50–<70, Yếu < 50. */
    public static String band(BigDecimal score) {
        if (score == null) {
            return "NONE";
        }
        double s = score.doubleValue();
        return s >= 90 ? "EXCELLENT" : s >= 80 ? "GOOD" : s >= 70 ? "FAIR" : s >= 50 ? "AVERAGE" : "WEAK";
    }

    public static Score766 of(List<Indicator> scored, Map<String, Measure> values) {
        java.util.List<Line> lines = new java.util.ArrayList<>();
        Map<String, BigDecimal> groups = new java.util.TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal available = BigDecimal.ZERO;
        for (Indicator i : scored) {
            Measure m = values.get(i.code());
            BigDecimal rate = m == null ? null : m.value(IndicatorMeasure.RATIO);
            BigDecimal pts = points(rate, i.scoreMax(), i.scoreThreshold());
            lines.add(new Line(i, rate, pts));
            groups.merge(i.group766(), pts == null ? BigDecimal.ZERO : pts, BigDecimal::add);
            if (pts != null) {
                total = total.add(pts);
                available = available.add(i.scoreMax());
            }
        }
        BigDecimal scaled = available.signum() == 0 ? null
                : total.multiply(BigDecimal.valueOf(100)).divide(available, 2, RoundingMode.HALF_UP);
        return new Score766(lines, groups, total.setScale(2, RoundingMode.HALF_UP), available, scaled, band(scaled));
    }
}
