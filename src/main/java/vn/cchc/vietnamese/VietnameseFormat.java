package vn.cchc.vietnamese;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * How templates show numbers and dates, as {@code ${@vn.number(x)}}, {@code ${@vn.exact(x)}} (an input's value),
 * {@code ${@vn.date(d)}} and {@code ${@vn.dates(milestones)}}: one format on every page, whatever the browser's language.
 */
@Component("vn")
class VietnameseFormat {

    /** "1.200", "89,5"; "" for null. */
    public String number(Number value) {
        return VietnameseNumbers.format(value);
    }

    /** "1.036", "89,5" with at most {@code decimals} decimals; "" for null. */
    public String number(Number value, int decimals) {
        return VietnameseNumbers.format(value, decimals);
    }

    /** Every decimal kept, for an input's value: what is shown reads back as the same number. */
    public String exact(BigDecimal value) {
        return VietnameseNumbers.formatExact(value);
    }

    /** "30/06/2024"; "" for null. */
    public String date(LocalDate date) {
        return VietnameseDates.format(date);
    }

    /** Several dates, one after the other: "30/06/2024; 31/12/2024". */
    public String dates(Collection<LocalDate> dates) {
        return dates == null ? "" : dates.stream().map(VietnameseDates::format).collect(Collectors.joining("; "));
    }

    /** The placeholder and pattern of a date input: "dd/MM/yyyy" as the officer reads it. */
    public String datePattern() {
        return VietnameseDates.INPUT_PATTERN;
    }
}
