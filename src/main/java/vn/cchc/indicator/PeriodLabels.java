package vn.cchc.indicator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Vietnamese period labels for templates ({@code ${@periodLabels.label(p)}}) and the period choices. */
@Component("periodLabels")
public class PeriodLabels {

    private final MessageSource messages;
    private final Clock clock;

    PeriodLabels(MessageSource messages, Clock clock) {
        this.clock = clock;
        this.messages = messages;
    }

    public String label(Period p) {
        return messages.getMessage(p.labelKey(), p.labelArgs(), LocaleContextHolder.getLocale());
    }

    public String label(String key) {
        return Period.isKey(key) ? label(Period.parse(key)) : key;
    }

    /** Periods offered in the selectors: years, nine months, halves and quarters of recent years, recent months. */
    public List<Period> choices() {
        List<Period> list = new ArrayList<>();
        int year = LocalDate.now(clock).getYear();
        for (int y = year; y >= year - 2; y--) {
            list.add(new Period(PeriodType.YEAR, y, 1));
            list.add(new Period(PeriodType.NINE_MONTHS, y, 9));
            list.add(new Period(PeriodType.HALF, y, 2));
            list.add(new Period(PeriodType.HALF, y, 1));
            for (int q = 4; q >= 1; q--) {
                list.add(new Period(PeriodType.QUARTER, y, q));
            }
        }
        YearMonth m = YearMonth.from(LocalDate.now(clock));
        for (int k = 0; k < 24; k++) {
            list.add(Period.month(m.minusMonths(k)));
        }
        return list;
    }

    public List<Period> all() {
        return choices();
    }
}
