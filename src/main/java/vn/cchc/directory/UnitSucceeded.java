package vn.cchc.directory;

import java.time.LocalDate;

/**
 * A unit was merged or dissolved into one successor, which answers for the unit's work from {@code on} (the day after
 * the unit's last valid day). Published by the directory once, on that day or when recorded if the day has come;
 * plan, indicator and security move the unit's open work, targets, followers and users to the successor.
 */
public record UnitSucceeded(long unitId, long successorId, LocalDate on) {
}
