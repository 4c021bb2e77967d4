package vn.cchc.reformreport.sources;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.dossier.DossierFigures;
import vn.cchc.reformreport.AppendixRow;
import vn.cchc.reformreport.AppendixSource;
import vn.cchc.reformreport.ReportWindow;
import vn.cchc.vietnamese.Vietnamese;

import java.util.List;
import java.util.Locale;

/** Dossiers of administrative procedures received and settled by the unit in the window. */
@Component
@Order(20)
class DossierAppendix implements AppendixSource {

    private static final Locale VI = Vietnamese.LOCALE;

    private final DossierFigures dossiers;
    private final MessageSource messages;

    DossierAppendix(DossierFigures dossiers, MessageSource messages) {
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @Override
    public List<AppendixRow> rows(long unitId, ReportWindow window) {
        DossierFigures.Window w = dossiers.window(unitId, window.from(), window.to());
        String part = text("reformreport.part.dossiers");
        return List.of(
                new AppendixRow(part, "dossier-received", text("reformreport.fig.dossierReceived"), w.received()),
                new AppendixRow(part, "dossier-online", text("reformreport.fig.dossierOnline"), w.online()),
                new AppendixRow(part, "dossier-paid-online", text("reformreport.fig.dossierPaidOnline"), w.paidOnline()),
                new AppendixRow(part, "dossier-digitised", text("reformreport.fig.dossierDigitised"), w.digitised()),
                new AppendixRow(part, "dossier-finished", text("reformreport.fig.dossierFinished"), w.finished()),
                new AppendixRow(part, "dossier-on-time", text("reformreport.fig.dossierOnTime"), w.onTime()),
                new AppendixRow(part, "dossier-late", text("reformreport.fig.dossierLate"), w.late()),
                new AppendixRow(part, "dossier-apology", text("reformreport.fig.dossierApology"), w.lateWithApology()));
    }

    private String text(String key) {
        return messages.getMessage(key, null, VI);
    }
}
