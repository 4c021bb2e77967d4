package vn.cchc.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest extends CchcIntegrationTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    void fiveWorkingDaysAfterFriday24January2025AreFriday7FebruaryBecauseOfTet() {
        assertThat(workingDays.add(LocalDate.of(2025, 1, 24), 5)).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void saturday26April2025WasAMakeUpWorkingDayAndFriday2MayADayOff() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 4, 28))).isTrue();
    }

    @Test
    void theWorkingDayAfterFriday29August2025IsWednesday3September() {
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2025, 8, 29))).isEqualTo(LocalDate.of(2025, 9, 3));
    }

    @Test
    void aprilAndMay2025CountTheMakeUpSaturdayAndNotTheHolidays() {
        // 22 weekdays in April minus Hùng Kings (7/4) and 30/4, plus Saturday 26/4 worked
        assertThat(workingDays.countBetween(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 30))).isEqualTo(21);
        assertThat(workingDays.countBetween(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 3, 31))).isEqualTo(-21);
    }

    @Test
    void fifteenWorkingDaysBeforeFriday7February2025AreFriday10January() {
        assertThat(workingDays.add(LocalDate.of(2025, 2, 7), -15)).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void addingTheCountBetweenTwoWorkingDaysLeadsFromOneToTheOther() {
        LocalDate from = LocalDate.of(2024, 12, 20);
        LocalDate to = LocalDate.of(2026, 3, 2);
        assertThat(workingDays.add(from, workingDays.countBetween(from, to))).isEqualTo(to);
    }

    @Test
    void aDeadlineInAYearWithoutATableIsRefusedNotGuessed() {
        assertThatThrownBy(() -> workingDays.add(LocalDate.of(2099, 12, 1), 30))
                .isInstanceOf(CalendarYearMissing.class).hasMessageContaining("2099");
        assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.of(2098, 3, 2)))
                .isInstanceOf(CalendarYearMissing.class);
    }

    @Test
    void moreThanTwoThousandWorkingDaysAtOnceIsRefused() {
        assertThatThrownBy(() -> workingDays.add(LocalDate.of(2025, 1, 1), 2001))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
