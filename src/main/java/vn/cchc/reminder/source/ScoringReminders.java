package vn.cchc.reminder.source;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.reminder.Owed;
import vn.cchc.reminder.ReminderDays;
import vn.cchc.reminder.ReminderSource;
import vn.cchc.reminder.Thing;
import vn.cchc.scoring.ScoringDeadlines;
import vn.cchc.scoring.ScoringDeadlines.AssessmentDue;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scoring rounds' deadlines a unit owes: its self-assessment and its explanation, in 7 and in 1 working days. */
@Component
class ScoringReminders implements ReminderSource {

    private static final Locale VI = Vietnamese.LOCALE;

    private final ScoringDeadlines deadlines;
    private final ReminderDays days;
    private final MessageSource messages;

    ScoringReminders(ScoringDeadlines deadlines, ReminderDays days, MessageSource messages) {
        this.deadlines = deadlines;
        this.days = days;
        this.messages = messages;
    }

    @Override
    public List<Owed> owedOn(LocalDate day) {
        List<Owed> owed = new ArrayList<>();
        for (int n : new int[]{7, 1}) {
            ReminderDays.Span span = days.dueIn(day, n);
            String self = "SELF_ASSESSMENT_DUE_IN_" + n;
            deadlines.selfAssessmentsDueBetween(span.from(), span.to()).forEach(a -> owed.add(owed(a, self)));
            String explanation = "EXPLANATION_DUE_IN_" + n;
            deadlines.explanationsDueBetween(span.from(), span.to()).forEach(a -> owed.add(owed(a, explanation)));
        }
        return owed;
    }

    private Owed owed(AssessmentDue a, String kind) {
        return new Owed(a.unitId(), kind, new Thing("score_assessment", String.valueOf(a.assessmentId()), a.roundName()),
                a.due(), "", "/scoring/assessments/" + a.assessmentId(),
                messages.getMessage("reminder.reason." + kind, new Object[]{a.roundName(), VietnameseDates.format(a.due())}, VI));
    }
}
