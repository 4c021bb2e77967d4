package vn.cchc.reminder.source;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.indicator.ReportDeadlines;
import vn.cchc.indicator.ReportDeadlines.ReportDue;
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
 * Indicator reports a unit owes: due in 7 and in 1 working days, then weekly once missed, locked periods included
 * (they stay owed until submitted through a granted late submission), back to the start of last year.
 */
@Component
class ReportReminders implements ReminderSource {

    static final String DUE_IN_7 = "REPORT_DUE_IN_7";
    static final String DUE_IN_1 = "REPORT_DUE_IN_1";
    static final String MISSED = "REPORT_MISSED";
    private static final Locale VI = Vietnamese.LOCALE;

    private final ReportDeadlines deadlines;
    private final ReminderDays days;
    private final MessageSource messages;

    ReportReminders(ReportDeadlines deadlines, ReminderDays days, MessageSource messages) {
        this.deadlines = deadlines;
        this.days = days;
        this.messages = messages;
    }

    /** Missed periods are reminded back to the first of January of the year before: older ones are for the audit. */
    static LocalDate since(LocalDate day) {
        return MissedSince.of(day);
    }

    @Override
    public List<Owed> owedOn(LocalDate day) {
        List<Owed> owed = new ArrayList<>();
        for (int n : new int[]{7, 1}) {
            ReminderDays.Span span = days.dueIn(day, n);
            String kind = n == 7 ? DUE_IN_7 : DUE_IN_1;
            deadlines.owedBetween(span.from(), span.to(), day).forEach(r -> owed.add(owed(r, kind, "",
                    text("reminder.reason." + kind, r.periodLabel(), r.unit().name(), VietnameseDates.format(r.due())))));
        }
        List<ReportDue> missed = deadlines.owedBetween(since(day), day.minusDays(1), day);
        for (ReminderDays.Late<ReportDue> late : days.weeklyReminded(missed, ReportDue::due, day)) {
            ReportDue r = late.thing();
            String key = r.locked() ? "reminder.reason.REPORT_MISSED_LOCKED" : "reminder.reason.REPORT_MISSED";
            owed.add(owed(r, MISSED, "W" + late.week(), text(key, r.periodLabel(), r.unit().name(),
                    VietnameseDates.format(r.due()), String.valueOf(late.workingDays()))));
        }
        return owed;
    }

    /** Every form still owed after its due day, for the escalation. */
    @Override
    public List<Owed> overdueOn(LocalDate day) {
        return deadlines.owedBetween(since(day), day.minusDays(1), day).stream()
                .map(r -> owed(r, MISSED, "", r.periodLabel() + " – " + r.unit().name())).toList();
    }

    private static Owed owed(ReportDue r, String kind, String occurrence, String reason) {
        return new Owed(r.unit().id(), kind, new Thing("ind_report", r.unit().id() + "/" + r.periodKey(),
                r.periodLabel() + " – " + r.unit().name()), r.due(), occurrence,
                "/indicators/reports/" + r.unit().code() + "/" + r.periodKey(), reason);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
