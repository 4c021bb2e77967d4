package vn.cchc.survey;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Indices in percent (two decimals): per item code, per scored section code, and overall; null where no valid
 * answer exists. {@code validAnswers} per item code.
 */
record Indices(Map<String, BigDecimal> items, Map<String, BigDecimal> elements, BigDecimal overall,
               Map<String, Long> validAnswers) {

    public BigDecimal element(String code) {
        return elements.get(code);
    }
}
