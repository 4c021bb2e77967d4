package vn.cchc.propaganda;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.reformreport.AppendixRow;
import vn.cchc.reformreport.AppendixSource;
import vn.cchc.reformreport.ReportWindow;
import vn.cchc.vietnamese.Vietnamese;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Propaganda outputs in a unit's reform report appendix: what the unit published or held in the window, by kind.
 * Every kind has its row, zero included, so the province report sums the same codes for every unit.
 */
@Component
@Order(50)
class PropagandaAppendix implements AppendixSource {

    private static final Locale VI = Vietnamese.LOCALE;

    private final PropagandaTallies tallies;
    private final MessageSource messages;

    PropagandaAppendix(PropagandaTallies tallies, MessageSource messages) {
        this.tallies = tallies;
        this.messages = messages;
    }

    @Override
    public List<AppendixRow> rows(long unitId, ReportWindow window) {
        Map<OutputKind, Long> byKind = tallies.byKind(unitId, window.from(), window.to());
        String part = text("reformreport.part.propaganda");
        List<AppendixRow> rows = new ArrayList<>();
        for (OutputKind k : OutputKind.values()) {
            rows.add(new AppendixRow(part, "propaganda-" + k.name(), text("reformreport.fig.propaganda." + k.name()),
                    byKind.getOrDefault(k, 0L)));
        }
        return rows;
    }

    private String text(String key) {
        return messages.getMessage(key, null, VI);
    }
}
