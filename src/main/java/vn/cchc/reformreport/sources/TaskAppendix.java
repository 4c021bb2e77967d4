package vn.cchc.reformreport.sources;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.plan.TaskFigures;
import vn.cchc.reformreport.AppendixRow;
import vn.cchc.reformreport.AppendixSource;
import vn.cchc.reformreport.ReportWindow;
import vn.cchc.vietnamese.Vietnamese;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tasks the unit leads that fall due in the window, by reform area: due, done on time, done late, overdue. */
@Component
@Order(10)
class TaskAppendix implements AppendixSource {

    static final String PLANNED = "task-planned-";
    static final String ON_TIME = "task-on-time-";
    static final String LATE = "task-late-";
    static final String OVERDUE = "task-overdue-";
    private static final Locale VI = Vietnamese.LOCALE;

    private final TaskFigures tasks;
    private final MessageSource messages;

    TaskAppendix(TaskFigures tasks, MessageSource messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    @Override
    public List<AppendixRow> rows(long unitId, ReportWindow window) {
        String part = text("reformreport.part.tasks");
        List<AppendixRow> rows = new ArrayList<>();
        for (TaskFigures.AreaTasks a : tasks.byArea(unitId, window.from(), window.to(), window.today())) {
            String area = messages.getMessage("plan.area." + a.area(), null, a.area(), VI);
            rows.add(new AppendixRow(part, PLANNED + a.area(), text("reformreport.fig.taskPlanned", area), a.planned()));
            rows.add(new AppendixRow(part, ON_TIME + a.area(), text("reformreport.fig.taskOnTime", area), a.doneOnTime()));
            rows.add(new AppendixRow(part, LATE + a.area(), text("reformreport.fig.taskLate", area), a.doneLate()));
            rows.add(new AppendixRow(part, OVERDUE + a.area(), text("reformreport.fig.taskOverdue", area), a.overdue()));
        }
        return rows;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
