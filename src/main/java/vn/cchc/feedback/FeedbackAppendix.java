package vn.cchc.feedback;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.reformreport.AppendixRow;
import vn.cchc.reformreport.AppendixSource;
import vn.cchc.reformreport.ReportWindow;

import java.util.List;

/**
 * Feedback in a unit's reform report appendix: the cases assigned to the unit received in the window, answered on
 * time and late in it, and those still open past their due day at its end. Every row is there, zero included, so
 * the province report sums the same codes for every unit.
 */
@Component
@Order(60)
class FeedbackAppendix implements AppendixSource {

    static final String PART = "Phản ánh, kiến nghị";

    private final FeedbackFigures figures;

    FeedbackAppendix(FeedbackFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<AppendixRow> rows(long unitId, ReportWindow window) {
        FeedbackFigures.Counts c = figures.ofUnit(unitId, window.from(), window.to());
        return List.of(
                new AppendixRow(PART, "feedback-received", "Phản ánh, kiến nghị tiếp nhận", c.received()),
                new AppendixRow(PART, "feedback-answered-on-time", "Phản ánh, kiến nghị trả lời đúng hạn", c.answeredOnTime()),
                new AppendixRow(PART, "feedback-answered-late", "Phản ánh, kiến nghị trả lời quá hạn", c.answeredLate()),
                new AppendixRow(PART, "feedback-open-overdue", "Phản ánh, kiến nghị quá hạn chưa trả lời", c.openOverdue()));
    }
}
