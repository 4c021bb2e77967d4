package vn.cchc.urging;

import java.time.LocalDate;
import java.util.List;

/** What a letter lists: for each unit in the order picked, its lines (overdue tasks or owed reports). */
record Listing(UrgingSource source, String periodLabel, List<UnitPart> units) {

    record UnitPart(long unitId, String unitName, List<Item> items) {
    }

    /**
     * One line: an overdue task (its reference "plan number / task number", content, deadline phrase and date, days
     * late) or an owed report (the period as content, its key and due date).
     */
    record Item(Long taskId, String reference, String content, String deadlineText, LocalDate due, Long daysLate,
                String periodKey) {
    }

    public int itemCount() {
        return units.stream().mapToInt(u -> u.items().size()).sum();
    }
}
