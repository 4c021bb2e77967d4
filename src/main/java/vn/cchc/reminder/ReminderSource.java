package vn.cchc.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of thing units owe, asked once a day. A module with deadlines of its own adds one bean: the job, the
 * command and the escalation pick it up; the owed things are turned into reminders for the unit's officers.
 */
public interface ReminderSource {

    /** What is to be reminded on {@code day} (a working day): each owed thing once, for its unit. */
    List<Owed> owedOn(LocalDate day);

    /**
     * Everything of this kind that is overdue on {@code day}, whatever the day of the week, for the escalation;
     * none by default (a kind that is never escalated).
     */
    default List<Owed> overdueOn(LocalDate day) {
        return List.of();
    }
}
