package vn.cchc.survey;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule of ../shared/domain/sipas.md: an item's index is the share of "satisfied" and "very satisfied" (4 and 5)
 * among its valid answers; an element's index is the (weighted) mean of its items' indices; the overall index is the
 * (weighted) mean of the elements'. Weights are 1 unless the standing agency set others. Items and elements without
 * a valid answer are left out of the means. Rounded to two decimals only at the end.
 */
@Component
class SipasRule implements IndexRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Indices compute(Questionnaire q, Map<Long, long[]> counts) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        Map<String, Long> valid = new LinkedHashMap<>();
        Map<String, BigDecimal> elements = new LinkedHashMap<>();
        BigDecimal overallSum = BigDecimal.ZERO;
        BigDecimal overallWeight = BigDecimal.ZERO;
        for (Questionnaire.Section s : q.sections()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (Questionnaire.Item i : s.items()) {
                if (i.scale() != Scale.SATISFACTION5) {
                    continue;
                }
                long[] c = counts.getOrDefault(i.id(), new long[6]);
                long n = 0;
                for (int v = 1; v <= 5; v++) {
                    n += c[v];
                }
                valid.put(i.code(), n);
                if (n == 0) {
                    continue;
                }
                BigDecimal index = BigDecimal.valueOf(c[4] + c[5]).multiply(HUNDRED).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
                items.put(i.code(), index.setScale(2, RoundingMode.HALF_UP));
                sum = sum.add(index.multiply(i.weight()));
                weights = weights.add(i.weight());
            }
            if (!s.scored() || weights.signum() == 0) {
                continue;
            }
            BigDecimal element = sum.divide(weights, 10, RoundingMode.HALF_UP);
            elements.put(s.code(), element.setScale(2, RoundingMode.HALF_UP));
            overallSum = overallSum.add(element.multiply(s.weight()));
            overallWeight = overallWeight.add(s.weight());
        }
        BigDecimal overall = overallWeight.signum() == 0 ? null
                : overallSum.divide(overallWeight, 10, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
        return new Indices(items, elements, overall, valid);
    }
}
