package vn.cchc.reformreport.sources;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.indicator.Period;
import vn.cchc.indicator.ReportForm;
import vn.cchc.indicator.Reports;
import vn.cchc.reformreport.AppendixRow;
import vn.cchc.reformreport.AppendixSource;
import vn.cchc.reformreport.ReportWindow;
import vn.cchc.vietnamese.Vietnamese;

import java.util.List;
import java.util.Locale;

/**
 * The unit's indicator report of the same months: indicators with a value, targets met and missed. Ad hoc reports
 * have no matching indicator period and get no rows.
 */
@Component
@Order(30)
class IndicatorAppendix implements AppendixSource {

    private static final Locale VI = Vietnamese.LOCALE;

    private final Reports reports;
    private final Directory directory;
    private final MessageSource messages;

    IndicatorAppendix(Reports reports, Directory directory, MessageSource messages) {
        this.reports = reports;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public List<AppendixRow> rows(long unitId, ReportWindow window) {
        if (window.indicatorPeriodKey() == null) {
            return List.of();
        }
        ReportForm form = reports.form(directory.findById(unitId).orElseThrow(), Period.parse(window.indicatorPeriodKey()));
        long valued = form.rows().stream().filter(r -> r.value() != null).count();
        long met = form.rows().stream().filter(ReportForm.Row::targetMet).count();
        long missed = form.rows().stream().filter(ReportForm.Row::targetMissed).count();
        String part = text("reformreport.part.indicators");
        return List.of(
                new AppendixRow(part, "indicator-valued", text("reformreport.fig.indicatorValued"), valued),
                new AppendixRow(part, "indicator-met", text("reformreport.fig.indicatorMet"), met),
                new AppendixRow(part, "indicator-missed", text("reformreport.fig.indicatorMissed"), missed));
    }

    private String text(String key) {
        return messages.getMessage(key, null, VI);
    }
}
