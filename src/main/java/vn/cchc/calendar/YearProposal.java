package vn.cchc.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A proposed table for a year, from the Labour Code (art. 112) and the lunar calendar: the fixed holidays, five Tết
 * days (the last day of the lunar year and the first four of the new one, the usual choice), Hùng Kings' day
 * (10/3 lunar), the day next to National Day, and a compensatory day for each holiday on a weekend. Every entry is
 * unconfirmed: the Prime Minister fixes the Tết days and the swaps each year, and the published decision wins.
 */
final class YearProposal {

    static final String SOURCE = "Đề xuất tính theo Điều 112 Bộ luật Lao động 2019 và âm lịch (UTC+7)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private YearProposal() {
    }

    static List<DayEntry> of(int year) {
        List<DayEntry> holidays = new ArrayList<>();
        holidays.add(holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate tet = LunarCalendar.lunarNewYear(year);
        holidays.add(holiday(tet.minusDays(1), "Tết Nguyên đán (ngày cuối năm âm lịch)"));
        for (int i = 0; i < 4; i++) {
            holidays.add(holiday(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + " tháng Giêng)"));
        }
        holidays.add(holiday(LunarCalendar.toSolar(new LunarDate(10, 3, year, false)), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.add(holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)"));
        holidays.add(holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"));
        LocalDate nationalDay = MonthDay.of(9, 2).atYear(year);
        holidays.add(holiday(nationalDay, "Quốc khánh (2/9)"));
        holidays.add(holiday(adjacentToNationalDay(nationalDay), "Quốc khánh (ngày liền kề 2/9)"));
        holidays.sort(Comparator.comparing(DayEntry::day));

        Set<LocalDate> off = new HashSet<>();
        holidays.forEach(h -> off.add(h.day()));
        List<DayEntry> table = new ArrayList<>(holidays);
        for (DayEntry h : holidays) {
            if (DayKind.isWeekend(h.day())) {
                LocalDate c = h.day().plusDays(1);
                while (DayKind.isWeekend(c) || off.contains(c)) {
                    c = c.plusDays(1);
                }
                off.add(c);
                table.add(new DayEntry(c, DayKind.COMPENSATORY_DAY_OFF,
                        "Nghỉ bù " + h.reason() + " (" + DAY.format(h.day()) + " là ngày nghỉ hằng tuần)", false, SOURCE));
            }
        }
        table.sort(Comparator.comparing(DayEntry::day));
        return List.copyOf(table);
    }

    /** The day "before or after" 2/9 (the law leaves the choice): the one that makes a long weekend. */
    private static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
        DayOfWeek d = nationalDay.getDayOfWeek();
        return d == DayOfWeek.MONDAY || d == DayOfWeek.THURSDAY || d == DayOfWeek.SUNDAY
                ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    }

    private static DayEntry holiday(LocalDate day, String reason) {
        return new DayEntry(day, DayKind.PUBLIC_HOLIDAY, reason, false, SOURCE);
    }
}
