package vn.cchc.indicator;

import java.time.LocalDate;

/** The standing agency let a unit submit a locked period's report until {@code openUntil} (inclusive). */
public record LateSubmissionGranted(long requestId, long unitId, String periodKey, LocalDate openUntil, long userId) {
}
