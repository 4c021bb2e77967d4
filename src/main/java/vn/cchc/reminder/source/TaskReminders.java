package vn.cchc.reminder.source;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.plan.TaskDeadlines;
import vn.cchc.plan.TaskDeadlines.TaskDue;
import vn.cchc.reminder.Owed;
import vn.cchc.reminder.ReminderDays;
import vn.cchc.reminder.ReminderSource;
import vn.cchc.reminder.Thing;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plan tasks a lead unit owes: due in 7 and in 1 working days, then weekly while overdue. */
@Component
class TaskReminders implements ReminderSource {

    static final String DUE_IN_7 = "TASK_DUE_IN_7";
    static final String DUE_IN_1 = "TASK_DUE_IN_1";
    static final String OVERDUE = "TASK_OVERDUE";
    private static final Locale VI = Vietnamese.LOCALE;

    private final TaskDeadlines deadlines;
    private final ReminderDays days;
    private final MessageSource messages;

    TaskReminders(TaskDeadlines deadlines, ReminderDays days, MessageSource messages) {
        this.deadlines = deadlines;
        this.days = days;
        this.messages = messages;
    }

    @Override
    public List<Owed> owedOn(LocalDate day) {
        List<Owed> owed = new ArrayList<>();
        for (int n : new int[]{7, 1}) {
            ReminderDays.Span span = days.dueIn(day, n);
            String kind = n == 7 ? DUE_IN_7 : DUE_IN_1;
            deadlines.dueBetween(span.from(), span.to()).forEach(t -> owed.add(owed(t, kind, "",
                    text("reminder.reason." + kind, t.label(), VietnameseDates.format(t.due())))));
        }
        for (ReminderDays.Late<TaskDue> late : days.weeklyReminded(deadlines.overdueOn(day), TaskDue::due, day)) {
            TaskDue t = late.thing();
            owed.add(owed(t, OVERDUE, "W" + late.week(), text("reminder.reason." + OVERDUE, t.label(),
                    VietnameseDates.format(t.due()), String.valueOf(late.workingDays()))));
        }
        return owed;
    }

    @Override
    public List<Owed> overdueOn(LocalDate day) {
        return deadlines.overdueOn(day).stream().map(t -> owed(t, OVERDUE, "", t.label())).toList();
    }

    private static Owed owed(TaskDue t, String kind, String occurrence, String reason) {
        return new Owed(t.unitId(), kind, new Thing("plan_task", String.valueOf(t.taskId()), t.label()), t.due(),
                occurrence, "/plans/tasks/" + t.taskId(), reason);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
