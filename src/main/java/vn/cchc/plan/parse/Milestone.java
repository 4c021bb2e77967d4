package vn.cchc.plan.parse;

import java.time.LocalDate;

/** One due point: the last day of the window the phrase names, and how wide that window is. */
public record Milestone(LocalDate due, Precision precision) {
}
