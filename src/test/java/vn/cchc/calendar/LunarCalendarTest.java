package vn.cchc.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0} is on {1}")
    @CsvSource({
            "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
            "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
            // the new moon of 2 February 2030 is at 23:07 in Hà Nội, already 3 February in Beijing
            "2030, 2030-02-02"})
    void lunarNewYearFallsOnTheKnownTetDate(int year, LocalDate tet) {
        assertThat(LunarCalendar.lunarNewYear(year)).isEqualTo(tet);
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(new LunarDate(1, 1, year, false));
    }

    @Test
    void tet2007IsOn17FebruaryInVietnamNotOnChinas18February() {
        assertThat(LunarCalendar.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is on {1}")
    @CsvSource({"2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate day) {
        assertThat(LunarCalendar.toSolar(new LunarDate(10, 3, year, false))).isEqualTo(day);
    }

    @Test
    void lunarYear2023HasALeapSecondMonthStartingOn22March() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 2, 2023, true))).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 2, 2023, false))).isEqualTo(LocalDate.of(2023, 2, 20));
    }

    @Test
    void aLeapMonthTheYearDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(new LunarDate(1, 5, 2024, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDayOf2020To2030ConvertsToLunarAndBack() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(d);
            assertThat(LunarCalendar.toSolar(lunar)).as("%s = %s", d, lunar).isEqualTo(d);
        }
    }

    @Test
    void theLastDayOfLunarYearGiapThinWas28January2025() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 28))).isEqualTo(new LunarDate(29, 12, 2024, false));
    }
}
