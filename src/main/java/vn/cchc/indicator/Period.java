package vn.cchc.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period, written as a key: 2025-M03 (month), 2025-Q1 (quarter), 2025-H1 / 2025-H2 (six months),
 * 2025-N9 (nine months, January to September), 2025 (year). Periods are calendar periods.
 */
public record Period(PeriodType type, int year, int number) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(M|Q|H|N)(\\d{1,2}))?");

    public Period {
        int max = switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF -> 2;
            case NINE_MONTHS -> 9;
            case YEAR -> 1;
        };
        if (year < 2000 || year > 2100 || number < 1 || number > max || (type == PeriodType.NINE_MONTHS && number != 9)) {
            throw new IllegalArgumentException("period " + type + " " + year + " " + number);
        }
    }

    public static Period parse(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("period key " + key);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Period(PeriodType.YEAR, year, 1);
        }
        int n = Integer.parseInt(m.group(3));
        return switch (m.group(2)) {
            case "M" -> new Period(PeriodType.MONTH, year, n);
            case "Q" -> new Period(PeriodType.QUARTER, year, n);
            case "H" -> new Period(PeriodType.HALF, year, n);
            default -> new Period(PeriodType.NINE_MONTHS, year, n);
        };
    }

    public static boolean isKey(String key) {
        try {
            parse(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static Period month(YearMonth m) {
        return new Period(PeriodType.MONTH, m.getYear(), m.getMonthValue());
    }

    /** The period of this type that contains the day. */
    public static Period containing(PeriodType type, LocalDate day) {
        int m = day.getMonthValue();
        return switch (type) {
            case MONTH -> new Period(type, day.getYear(), m);
            case QUARTER -> new Period(type, day.getYear(), (m - 1) / 3 + 1);
            case HALF -> new Period(type, day.getYear(), m <= 6 ? 1 : 2);
            case NINE_MONTHS -> new Period(type, day.getYear(), 9);
            case YEAR -> new Period(type, day.getYear(), 1);
        };
    }

    public String key() {
        return switch (type) {
            case MONTH -> String.format("%d-M%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case NINE_MONTHS -> year + "-N9";
            case YEAR -> String.valueOf(year);
        };
    }

    public YearMonth firstMonth() {
        return switch (type) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, (number - 1) * 3 + 1);
            case HALF -> YearMonth.of(year, number == 1 ? 1 : 7);
            case NINE_MONTHS, YEAR -> YearMonth.of(year, 1);
        };
    }

    public YearMonth lastMonth() {
        return switch (type) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, number * 3);
            case HALF -> YearMonth.of(year, number == 1 ? 6 : 12);
            case NINE_MONTHS -> YearMonth.of(year, 9);
            case YEAR -> YearMonth.of(year, 12);
        };
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    /** The last day of the period (inclusive). */
    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /** Message key and arguments of the Vietnamese label, e.g. "Quý 1/2025". */
    public String labelKey() {
        return "indicator.period.label." + type;
    }

    public Object[] labelArgs() {
        return new Object[]{String.valueOf(number), String.valueOf(year)};
    }

    /** The periods of this type ending on or before the given one, newest first. */
    public List<Period> recent(int count) {
        List<Period> list = new ArrayList<>();
        Period p = this;
        for (int i = 0; i < count; i++) {
            list.add(p);
            p = p.previous();
        }
        return list;
    }

    public Period previous() {
        return switch (type) {
            case MONTH -> month(YearMonth.of(year, number).minusMonths(1));
            case QUARTER -> number == 1 ? new Period(type, year - 1, 4) : new Period(type, year, number - 1);
            case HALF -> number == 1 ? new Period(type, year - 1, 2) : new Period(type, year, 1);
            case NINE_MONTHS, YEAR -> new Period(type, year - 1, number);
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
