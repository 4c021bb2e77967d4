package vn.cchc.plan;

import java.time.LocalDate;

/**
 * A leader wrote a direction (ý kiến chỉ đạo) on a task for one of its lead units; that unit's officers must
 * acknowledge it. {@code due} is the day the leader wants it handled by, or null.
 */
public record DirectionGiven(long directionId, long taskId, String taskNumber, long unitId, long userId,
                             String leaderName, LocalDate due) {
}
