package vn.cchc.reminder.source;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.reformreport.ReformReportDeadlines;
import vn.cchc.reformreport.ReformReportDeadlines.ReportDue;
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
 * Reform reports a unit owes the standing agency: due in 7 and in 1 working days, then weekly once missed, back to
 * the start of last year. It lives here, not in reformreport, because reminder already reaches reformreport through
 * notification (which hears its events): a source in reformreport would need reformreport → reminder, a cycle.
 */
@Component
class ReformReportReminders implements ReminderSource {

    static final String DUE_IN_7 = "REFORM_REPORT_DUE_IN_7";
    static final String DUE_IN_1 = "REFORM_REPORT_DUE_IN_1";
    static final String MISSED = "REFORM_REPORT_MISSED";
    private static final Locale VI = Vietnamese.LOCALE;

    private final ReformReportDeadlines deadlines;
    private final ReminderDays days;
    private final MessageSource messages;

    ReformReportReminders(ReformReportDeadlines deadlines, ReminderDays days, MessageSource messages) {
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
            deadlines.owedBetween(span.from(), span.to()).forEach(r -> owed.add(owed(r, kind, "",
                    text("reminder.reason." + kind, r.periodLabel(), r.unitName(), VietnameseDates.format(r.due())))));
        }
        List<ReportDue> missed = deadlines.owedBetween(MissedSince.of(day), day.minusDays(1));
        for (ReminderDays.Late<ReportDue> late : days.weeklyReminded(missed, ReportDue::due, day)) {
            ReportDue r = late.thing();
            owed.add(owed(r, MISSED, "W" + late.week(), text("reminder.reason." + MISSED, r.periodLabel(),
                    r.unitName(), VietnameseDates.format(r.due()), String.valueOf(late.workingDays()))));
        }
        return owed;
    }

    private static Owed owed(ReportDue r, String kind, String occurrence, String reason) {
        return new Owed(r.unitId(), kind, new Thing("reform_report", r.unitId() + "/" + r.periodKey(),
                r.periodLabel() + " – " + r.unitName()), r.due(), occurrence, r.link(), reason);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
