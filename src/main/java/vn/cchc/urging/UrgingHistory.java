package vn.cchc.urging;

import java.time.LocalDate;

/** How often a unit was urged, and when last: "đã đôn đốc 2 lần, lần gần nhất 12/06/2025". */
record UrgingHistory(long unitId, long times, LocalDate last) {

    static UrgingHistory none(long unitId) {
        return new UrgingHistory(unitId, 0, null);
    }
}
