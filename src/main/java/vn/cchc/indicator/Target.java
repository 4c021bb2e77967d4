package vn.cchc.indicator;

import java.math.BigDecimal;

/** A target: for a year, for every unit, a unit kind or one unit; "≥ 95" means the value must reach 95. */
record Target(long id, long indicatorId, int year, String unitKind, Long unitId, String comparator,
                     BigDecimal value, String origin) {

    public boolean met(BigDecimal actual) {
        int c = actual.compareTo(value);
        return switch (comparator) {
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            case "<" -> c < 0;
            default -> c == 0;
        };
    }

    public String label() {
        String symbol = switch (comparator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> comparator;
        };
        return symbol + " " + vn.cchc.vietnamese.VietnameseNumbers.formatExact(value);
    }
}
