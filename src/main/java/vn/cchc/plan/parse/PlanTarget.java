package vn.cchc.plan.parse;

import java.math.BigDecimal;

/**
 * A measurable goal. {@code comparator} is one of ≥ > = ≤ <; a reduction ("giảm 10%") is value −10
 * with comparator ≤ (the change must be at most −10 %).
 */
public record PlanTarget(String text, String metric, String comparator, BigDecimal value, String unit) {
}
