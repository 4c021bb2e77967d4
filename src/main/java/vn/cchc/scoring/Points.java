package vn.cchc.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/** Checks a score against its criterion: 0..max, at most two decimals, one of the allowed values when listed. */
final class Points {

    private Points() {
    }

    static BigDecimal valid(Criterion c, BigDecimal p) {
        if (p == null) {
            return null;
        }
        if (p.signum() < 0 || p.compareTo(c.maxPoints()) > 0) {
            throw new ScoringException("scoring.points.range", c.code(), plain(c.maxPoints()));
        }
        if (p.stripTrailingZeros().scale() > 2) {
            throw new ScoringException("scoring.points.decimals", c.code());
        }
        List<BigDecimal> allowed = c.allowed();
        BigDecimal scaled = p.setScale(2, RoundingMode.HALF_UP);
        if (!allowed.isEmpty() && allowed.stream().noneMatch(v -> v.compareTo(scaled) == 0)) {
            throw new ScoringException("scoring.points.notAllowed", c.code(),
                    allowed.stream().map(Points::plain).collect(Collectors.joining("; ")));
        }
        return scaled;
    }

    static String plain(BigDecimal v) {
        return vn.cchc.vietnamese.VietnameseNumbers.formatExact(v);
    }
}
