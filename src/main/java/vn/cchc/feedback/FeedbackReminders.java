package vn.cchc.feedback;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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

/**
 * The cases a unit owes an answer to: reminded {@code REMIND_BEFORE} working days before the due day, then weekly
 * once it has passed; the overdue ones are escalated by the reminder module. A case waiting for the citizen owes
 * nothing (its clock is stopped).
 */
@Component
class FeedbackReminders implements ReminderSource {

    static final String DUE_SOON = "FEEDBACK_DUE_SOON";
    static final String OVERDUE = "FEEDBACK_OVERDUE";

    record Open(long id, String code, String title, long unitId, LocalDate due) {
    }

    private static final Locale VI = Vietnamese.LOCALE;

    private final JdbcClient jdbc;
    private final ReminderDays days;
    private final FeedbackTimeLimits limits;
    private final MessageSource messages;

    FeedbackReminders(JdbcClient jdbc, ReminderDays days, FeedbackTimeLimits limits, MessageSource messages) {
        this.jdbc = jdbc;
        this.days = days;
        this.limits = limits;
        this.messages = messages;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    @Override
    public List<Owed> owedOn(LocalDate day) {
        List<Owed> owed = new ArrayList<>();
        int before = limits.days(FeedbackTimeLimits.REMIND_BEFORE);
        ReminderDays.Span span = days.dueIn(day, before);
        for (Open c : assigned(span.from(), span.to())) {
            owed.add(owed(c, DUE_SOON, "", text("feedback.reminder.dueSoon", c.code(), c.title(),
                    VietnameseDates.format(c.due()), String.valueOf(before))));
        }
        List<Open> open = assigned(LocalDate.of(2000, 1, 1), day.minusDays(1));
        for (ReminderDays.Late<Open> late : days.weeklyReminded(open, Open::due, day)) {
            Open c = late.thing();
            owed.add(owed(c, OVERDUE, "W" + late.week(), text("feedback.reminder.overdue", c.code(), c.title(),
                    String.valueOf(late.workingDays()), VietnameseDates.format(c.due()))));
        }
        return owed;
    }

    @Override
    public List<Owed> overdueOn(LocalDate day) {
        return assigned(LocalDate.of(2000, 1, 1), day.minusDays(1)).stream()
                .map(c -> owed(c, OVERDUE, "", text("feedback.reminder.escalated", c.code(), c.title()))).toList();
    }

    private List<Open> assigned(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, code, title, unit_id, due_on from feedback
                        where status = 'ASSIGNED' and due_on between ? and ? order by due_on, id""")
                .params(from, to)
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        rs.getLong("unit_id"), rs.getDate("due_on").toLocalDate())).list();
    }

    private static Owed owed(Open c, String kind, String occurrence, String reason) {
        return new Owed(c.unitId(), kind, new Thing("feedback", c.code(), c.code() + " – " + c.title()), c.due(),
                occurrence, "/feedback/" + c.code(), reason);
    }
}
