package vn.cchc.reformreport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.UnitRef;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A unit's report drawn up from what the system holds for its window: the appendix from every {@link AppendixSource}
 * and the narrative outline pre-filled with sentences computed from those figures (numbers written the Vietnamese
 * way), which the officer then edits.
 */
@Service
@Transactional(readOnly = true)
class ReportDrafting {

    private static final Locale VI = Vietnamese.LOCALE;

    private final List<AppendixSource> sources;
    private final MessageSource messages;

    ReportDrafting(List<AppendixSource> sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
    }

    List<Figure> figures(long unitId, ReportWindow window) {
        List<Figure> out = new ArrayList<>();
        for (AppendixSource s : sources) {
            s.rows(unitId, window).forEach(r -> out.add(Figure.of(r)));
        }
        return out;
    }

    /** The five parts, pre-filled; proposals are the unit's own and start empty. */
    Map<String, String> sections(UnitRef unit, ReportPeriod period, List<Figure> figures) {
        Totals t = Totals.of(figures);
        Map<String, String> s = new LinkedHashMap<>();
        s.put(Outline.LEADERSHIP.name(), text("reformreport.draft.leadership", unit.name(), VietnameseDates.format(period.from()),
                VietnameseDates.format(period.to()), n(t.planned())));
        StringBuilder results = new StringBuilder();
        for (Figure f : figures) {
            if (f.code().startsWith("task-planned-") && f.value() > 0) {
                String area = f.code().substring("task-planned-".length());
                results.append(text("reformreport.draft.area", areaName(area), n(f.value()),
                        n(value(figures, "task-on-time-" + area)), n(value(figures, "task-late-" + area)),
                        n(value(figures, "task-overdue-" + area)))).append('\n');
            }
        }
        results.append(text("reformreport.draft.dossiers", n(value(figures, "dossier-received")),
                n(value(figures, "dossier-online")), n(value(figures, "dossier-paid-online")),
                n(value(figures, "dossier-digitised")), n(value(figures, "dossier-on-time")),
                n(value(figures, "dossier-late")), n(value(figures, "dossier-apology"))));
        s.put(Outline.RESULTS.name(), results.toString());
        s.put(Outline.ASSESSMENT.name(), text("reformreport.draft.assessment", percent(t.onTime(), t.planned()),
                percent(value(figures, "dossier-on-time"), value(figures, "dossier-finished"))));
        s.put(Outline.NEXT_TASKS.name(), text("reformreport.draft.nextTasks", n(t.overdue())));
        s.put(Outline.PROPOSALS.name(), "");
        return s;
    }

    /** The task figures summed over the reform areas. */
    record Totals(long planned, long onTime, long late, long overdue) {

        static Totals of(List<Figure> figures) {
            long planned = 0;
            long onTime = 0;
            long late = 0;
            long overdue = 0;
            for (Figure f : figures) {
                String c = f.code();
                if (c.startsWith("task-planned-")) {
                    planned += f.value();
                } else if (c.startsWith("task-on-time-")) {
                    onTime += f.value();
                } else if (c.startsWith("task-late-")) {
                    late += f.value();
                } else if (c.startsWith("task-overdue-")) {
                    overdue += f.value();
                }
            }
            return new Totals(planned, onTime, late, overdue);
        }
    }

    static long value(List<Figure> figures, String code) {
        return figures.stream().filter(f -> f.code().equals(code)).mapToLong(Figure::value).sum();
    }

    /** "89,5" for 179 of 200; "0" when there is nothing to divide. */
    static String percent(long part, long whole) {
        return whole == 0 ? "0" : VietnameseNumbers.format(100.0 * part / whole, 1);
    }

    private String areaName(String area) {
        return messages.getMessage("plan.area." + area, null, area, VI);
    }

    private static String n(long v) {
        return VietnameseNumbers.format(v);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
