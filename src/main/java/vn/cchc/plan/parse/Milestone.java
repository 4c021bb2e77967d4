package vn.cchc.plan.parse;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * One due point: the last day of the window the phrase names, and the width of the period it names. {@code from}
 * is the window's first day when the window is narrower than that period ("cuối quý I" → 1/3–31/3) or runs across
 * two adjacent periods ("cuối quý I, đầu quý II" → 1/3–30/4); null when the window is the whole period.
 */
public record Milestone(LocalDate due, Precision precision, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate from) {

    public Milestone(LocalDate due, Precision precision) {
        this(due, precision, null);
    }
}
