package vn.cchc.vietnamese;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an officer types, and what it means: the table of issue 8, item 1. */
class VietnameseNumbersTest {

    @Test
    void oneThousandTwoHundredTypedTheVietnameseWayIs1200() {
        assertThat(VietnameseNumbers.parse("1.200")).isEqualByComparingTo("1200");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "1.200        | 1200",
            "1.200,5      | 1200.5",
            "12,5         | 12.5",
            "1500         | 1500",
            "0            | 0",
            "0,08         | 0.08",
            "89,5         | 89.5",
            "1.036        | 1036",
            "12.500.000   | 12500000",
            "1.234.567,89 | 1234567.89",
            "-3,25        | -3.25",
            "'  42  '     | 42",
            "1 200        | 1200",
            "'1\u00A0200,5' | 1200.5",
            "−7           | -7",
            "100          | 100",
            "007          | 7",
    })
    void aNumberWrittenTheVietnameseWayIsRead(String typed, String value) {
        assertThat(VietnameseNumbers.parse(typed)).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "\"{0}\" is refused ({1}): {2}")
    @CsvSource(delimiter = '|', value = {
            "12.5        | DECIMAL_DOT  | 12,5",
            "0.5         | DECIMAL_DOT  | 0,5",
            "1.2345      | DECIMAL_DOT  | 1,2345",
            "89.50       | DECIMAL_DOT  | 89,50",
            "1200.000    | GROUPING     | 1.200.000",
            "1.20.000    | GROUPING     | 120.000",
            "1,200.5     | ENGLISH      | 1.200,5",
            "12,         | NOT_A_NUMBER | 12,",
            ",5          | NOT_A_NUMBER | 0,5",
            "1,2,3       | NOT_A_NUMBER | 1,2,3",
            "mười        | NOT_A_NUMBER | mười",
            "1e5         | NOT_A_NUMBER | 1e5",
            "12 %        | NOT_A_NUMBER | 12 %",
    })
    void anEntryThatCouldBeMisreadIsRefusedWithHowToWriteIt(String typed, NotVietnameseNumber.Reason reason, String suggestion) {
        assertThatThrownBy(() -> VietnameseNumbers.parse(typed))
                .isInstanceOfSatisfying(NotVietnameseNumber.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.suggestion()).isEqualTo(suggestion);
                    assertThat(e.getCodes()).containsExactly("vietnamese.number." + reason);
                });
    }

    @Test
    void aBlankEntryIsNoValue() {
        assertThat(VietnameseNumbers.parse("  ")).isNull();
        assertThat(VietnameseNumbers.parse(null)).isNull();
    }

    @ParameterizedTest(name = "{0} is shown as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "1200      | 1.200",
            "89.5      | 89,5",
            "89.50     | 89,5",
            "0.08      | 0,08",
            "1036      | 1.036",
            "1234567.891 | 1.234.567,89",
            "-3.255    | -3,26",
            "0         | 0",
    })
    void aValueIsShownTheVietnameseWay(String value, String shown) {
        assertThat(VietnameseNumbers.format(new BigDecimal(value))).isEqualTo(shown);
    }

    @Test
    void whatWasTypedIsShownBackWithEveryDecimalAndReadsAsTheSameValue() {
        BigDecimal v = VietnameseNumbers.parse("1.200,125");
        assertThat(VietnameseNumbers.formatExact(v)).isEqualTo("1.200,125");
        assertThat(VietnameseNumbers.parse(VietnameseNumbers.formatExact(v))).isEqualByComparingTo(v);
    }
}
