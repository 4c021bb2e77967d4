package vn.cchc.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearProposalTest {

    private static DayEntry at(List<DayEntry> table, String day) {
        return table.stream().filter(e -> e.day().equals(LocalDate.parse(day))).findFirst().orElseThrow();
    }

    @Test
    void the2027ProposalGivesFiveTetDaysAroundSaturday6FebruaryAndTwoCompensatoryDays() {
        List<DayEntry> table = YearProposal.of(2027);
        assertThat(table).filteredOn(e -> e.reason().startsWith("Tết Nguyên đán")).extracting(DayEntry::day)
                .containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
                        LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9));
        assertThat(at(table, "2027-02-10").kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
        assertThat(at(table, "2027-02-11").kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
    }

    @Test
    void hungKingsDayOnSunday26April2026IsCompensatedOnMonday27April() {
        List<DayEntry> table = YearProposal.of(2026);
        assertThat(at(table, "2026-04-26").reason()).contains("Hùng Vương");
        assertThat(at(table, "2026-04-27").kind()).isEqualTo(DayKind.COMPENSATORY_DAY_OFF);
    }

    @Test
    void everyProposedEntryIsUnconfirmedAndPassesTheTableCheck() {
        for (int year = 2028; year <= 2035; year++) {
            List<DayEntry> table = YearProposal.of(year);
            assertThat(table).allMatch(e -> !e.confirmed());
            List<DayRow> rows = table.stream().map(e -> new DayRow(e.day().toString(), e.kind().name(), e.reason())).toList();
            assertThat(TableCheck.entries(year, rows, java.util.Map.of(), false, YearProposal.SOURCE)).hasSameSizeAs(table);
        }
    }
}
