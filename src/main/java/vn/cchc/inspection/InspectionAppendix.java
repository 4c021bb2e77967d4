package vn.cchc.inspection;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.reformreport.AppendixRow;
import vn.cchc.reformreport.AppendixSource;
import vn.cchc.reformreport.ReportWindow;
import vn.cchc.vietnamese.Vietnamese;

import java.util.List;
import java.util.Locale;

/**
 * Inspections in a unit's reform report appendix: inspections of the unit made in the window and the recommendations
 * it is responsible for that fall due in it, by how they stand ({@link InspectionCounts}, the same figures the
 * counts API gives).
 */
@Component
@Order(40)
class InspectionAppendix implements AppendixSource {

    private static final Locale VI = Vietnamese.LOCALE;

    private final InspectionCounts counts;
    private final MessageSource messages;

    InspectionAppendix(InspectionCounts counts, MessageSource messages) {
        this.counts = counts;
        this.messages = messages;
    }

    @Override
    public List<AppendixRow> rows(long unitId, ReportWindow window) {
        InspectionCounts.Counts c = counts.of(unitId, window.from(), window.to());
        String part = text("reformreport.part.inspections");
        return List.of(
                new AppendixRow(part, "inspection-made", text("reformreport.fig.inspectionMade"), c.inspections()),
                new AppendixRow(part, "inspection-recommendations", text("reformreport.fig.inspectionRecommendations"),
                        c.recommendations()),
                new AppendixRow(part, "inspection-fixed-on-time", text("reformreport.fig.inspectionFixedOnTime"), c.doneOnTime()),
                new AppendixRow(part, "inspection-fixed-late", text("reformreport.fig.inspectionFixedLate"), c.doneLate()),
                new AppendixRow(part, "inspection-overdue", text("reformreport.fig.inspectionOverdue"), c.overdue()),
                new AppendixRow(part, "inspection-open", text("reformreport.fig.inspectionOpen"), c.open()));
    }

    private String text(String key) {
        return messages.getMessage(key, null, VI);
    }
}
