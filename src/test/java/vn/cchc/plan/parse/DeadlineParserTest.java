package vn.cchc.plan.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTest {

    /**
     * expected milestones: "dd/MM/yyyy PRECISION [from dd/MM/yyyy]" joined by " + "; empty when none. Plan year 2024.
     * "from" is the first day of a window narrowed by đầu / giữa / cuối or joined across two adjacent parts.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tháng 1/2024                                 | DATED       | 31/01/2024 MONTH                                  |
            Quý I/2024                                   | DATED       | 31/03/2024 QUARTER                                |
            Quý II, Quý IV/2024                          | DATED       | 30/06/2024 QUARTER + 31/12/2024 QUARTER           |
            Cuối quý I, đầu quý II/2024                  | DATED       | 30/04/2024 QUARTER from 01/03/2024                |
            Trong năm                                    | DATED       | 31/12/2024 YEAR                                   |
            Cuối tháng 6 cuối năm 2024                   | DATED       | 30/06/2024 MONTH from 21/06/2024 + 31/12/2024 YEAR from 01/09/2024 |
            - Đợt 1 tháng 6/2024 - Đợt 2 tháng 12/2024   | DATED       | 30/06/2024 MONTH + 31/12/2024 MONTH               |
            Theo lộ trình                                | ROADMAP     |                                                   |
            trước ngày 31/7/2025                         | DATED       | 31/07/2025 DAY                                    |
            31/7/2025                                    | DATED       | 31/07/2025 DAY                                    |
            31-7-2025                                    | DATED       | 31/07/2025 DAY                                    |
            ngày 31 tháng 7 năm 2025                     | DATED       | 31/07/2025 DAY                                    |
            Trước ngày 31 tháng 7 năm 2025               | DATED       | 31/07/2025 DAY                                    |
            trước ngày 15/3                              | DATED       | 15/03/2024 DAY                                    |
            Hàng tháng                                   | RECURRING   |                                                   | MONTHLY
            hằng tháng                                   | RECURRING   |                                                   | MONTHLY
            Định kỳ                                      | RECURRING   |                                                   |
            Định kỳ hằng quý                             | RECURRING   |                                                   | QUARTERLY
            hàng quý                                     | RECURRING   |                                                   | QUARTERLY
            Hằng năm                                     | RECURRING   |                                                   | YEARLY
            hàng tuần                                    | RECURRING   |                                                   | WEEKLY
            6 tháng/lần                                  | RECURRING   |                                                   | HALF_YEARLY
            Thường xuyên                                 | ONGOING     |                                                   |
            khi có yêu cầu                               | ON_DEMAND   |                                                   |
            Đột xuất                                     | ON_DEMAND   |                                                   |
            Tháng 9                                      | DATED       | 30/09/2024 MONTH                                  |
            Quí III/2024                                 | DATED       | 30/09/2024 QUARTER                                |
            Quý 2/2024                                   | DATED       | 30/06/2024 QUARTER                                |
            quý 3                                        | DATED       | 30/09/2024 QUARTER                                |
            Quý IV năm 2025                              | DATED       | 31/12/2025 QUARTER                                |
            6 tháng đầu năm                              | DATED       | 30/06/2024 HALF_YEAR                              |
            6 tháng cuối năm 2025                        | DATED       | 31/12/2025 HALF_YEAR                              |
            06 tháng đầu năm 2024                        | DATED       | 30/06/2024 HALF_YEAR                              |
            9 tháng                                      | DATED       | 30/09/2024 QUARTER                                |
            năm 2025                                     | DATED       | 31/12/2025 YEAR                                   |
            Cuối năm                                     | DATED       | 31/12/2024 YEAR from 01/09/2024                   |
            tháng 3 - tháng 5/2024                       | DATED       | 31/05/2024 MONTH                                  |
            Tháng 3-5/2024                               | DATED       | 31/05/2024 MONTH                                  |
            Từ tháng 3 đến tháng 5 năm 2025              | DATED       | 31/05/2025 MONTH                                  |
            Giữa tháng 8/2024                            | DATED       | 20/08/2024 MONTH from 11/08/2024                  |
            Đầu quý III                                  | DATED       | 31/07/2024 QUARTER from 01/07/2024                |
            Đầu năm                                      | DATED       | 30/04/2024 YEAR from 01/01/2024                   |
            Giữa năm 2025                                | DATED       | 31/08/2025 YEAR from 01/05/2025                   |
            Cuối Quý IV/2024                             | DATED       | 31/12/2024 QUARTER from 01/12/2024                |
            Đầu tháng 10/2024                            | DATED       | 10/10/2024 MONTH from 01/10/2024                  |
            Cuối tháng 11, đầu tháng 12/2024             | DATED       | 10/12/2024 MONTH from 21/11/2024                  |
            cuối quí II và đầu quí III năm 2024          | DATED       | 31/07/2024 QUARTER from 01/06/2024                |
            Đầu quý I, cuối quý II/2024                  | DATED       | 31/01/2024 QUARTER from 01/01/2024 + 30/06/2024 QUARTER from 01/06/2024 |
            Thực hiện theo lộ trình trong năm 2024.      | ROADMAP     | 31/12/2024 YEAR                                   |
            định kỳ 6 tháng, hằng năm                    | RECURRING   |                                                   | HALF_YEARLY
            Hoàn thành trước ngày 30/9/2023.             | DATED       | 30/09/2023 DAY                                    |
            trước 30/6/2024                              | DATED       | 30/06/2024 DAY                                    |
            Trong Quý III/2024                           | DATED       | 30/09/2024 QUARTER                                |
            Tháng 12 năm 2024                            | DATED       | 31/12/2024 MONTH                                  |
            Qúy II/2024                                  | DATED       | 30/06/2024 QUARTER                                |
            Hàng năm                                     | RECURRING   |                                                   | YEARLY
            Hằng quý                                     | RECURRING   |                                                   | QUARTERLY
            QUÝ I/2024                                   | DATED       | 31/03/2024 QUARTER                                |
            quy ii/2024                                  | DATED       | 30/06/2024 QUARTER                                |
            Thang 2/2024                                 | DATED       | 29/02/2024 MONTH                                  |
            truoc ngay 31/7/2025                         | DATED       | 31/07/2025 DAY                                    |
            thuong xuyen                                 | ONGOING     |                                                   |
            Tháng 6, tháng 12                            | DATED       | 30/06/2024 MONTH + 31/12/2024 MONTH               |
            Quý I và Quý III năm 2024                    | DATED       | 31/03/2024 QUARTER + 30/09/2024 QUARTER           |
            Quý I,II/2024                                | DATED       | 31/03/2024 QUARTER + 30/06/2024 QUARTER           |
            Quý III, IV/2025                             | DATED       | 30/09/2025 QUARTER + 31/12/2025 QUARTER           |
            Quý I - II/2024                              | DATED       | 31/03/2024 QUARTER + 30/06/2024 QUARTER           |
            Tháng 11, 12/2024                            | DATED       | 30/11/2024 MONTH + 31/12/2024 MONTH               |
            tháng 6 và 12/2025                           | DATED       | 30/06/2025 MONTH + 31/12/2025 MONTH               |
            Trước 15/12                                  | DATED       | 15/12/2024 DAY                                    |
            Tháng 6, 15/7/2024                           | DATED       | 30/06/2024 MONTH + 15/07/2024 DAY                 |
            Quý II-2024                                  | DATED       | 30/06/2024 QUARTER                                |
            Trước ngày 30.6.2024                         | DATED       | 30/06/2024 DAY                                    |
            tháng 6/ 2024                                | DATED       | 30/06/2024 MONTH                                  |
            Hết tháng 9/2024                             | DATED       | 30/09/2024 MONTH                                  |
            Trước ngày 20 hàng tháng                     | RECURRING   |                                                   | MONTHLY
            Báo cáo Kết quả chuyển đổi số năm 2024       | UNSPECIFIED |                                                   |
            Kết quả chuyển đổi số của tỉnh               | UNSPECIFIED |                                                   |
            Các huyện, thành phố, thị xã                 | UNSPECIFIED |                                                   |
            Sau khi TW công bố                           | UNSPECIFIED |                                                   |
            ngày 31/2/2024                               | UNSPECIFIED |                                                   |
            Tháng 13/2024                                | UNSPECIFIED |                                                   |
            """)
    void readsPhrase(String text, DeadlineKind kind, String milestones, Recurrence recurrence) {
        ParsedDeadline parsed = DeadlineParser.parse(text, 2024);

        assertThat(parsed.kind()).isEqualTo(kind);
        assertThat(parsed.text()).isEqualTo(VietnameseText.clean(text));
        assertThat(parsed.milestones()).containsExactlyElementsOf(expected(milestones));
        assertThat(parsed.recurrence()).isEqualTo(recurrence);
        if (kind == DeadlineKind.UNSPECIFIED) {
            assertThat(parsed.warnings()).isNotEmpty().allMatch(w -> w.contains("thời hạn") || w.contains("không hợp lệ"));
        }
    }

    @ParameterizedTest(name = "line break: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cuối quý I,\\nđầu quý II/2024 | 1
            Quý II,\\nQuý IV/2024          | 2
            Tháng\\n1/2024                 | 1
            """)
    void readsPhraseAcrossLines(String text, int count) {
        ParsedDeadline parsed = DeadlineParser.parse(text.replace("\\n", "\n"), 2024);

        assertThat(parsed.kind()).isEqualTo(DeadlineKind.DATED);
        assertThat(parsed.milestones()).hasSize(count);
        assertThat(parsed.text()).doesNotContain("\n");
    }

    @org.junit.jupiter.api.Test
    void blankIsUnspecifiedWithoutWarning() {
        ParsedDeadline parsed = DeadlineParser.parse("  ", 2024);

        assertThat(parsed.kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(parsed.text()).isNull();
        assertThat(parsed.warnings()).isEmpty();
    }

    private static LocalDate date(String dmy) {
        String[] p = dmy.split("/");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
    }

    private static List<Milestone> expected(String spec) {
        if (spec == null || spec.isBlank()) {
            return List.of();
        }
        return Arrays.stream(spec.split("\\+")).map(String::trim).map(part -> {
            String[] bits = part.split(" ");
            return new Milestone(date(bits[0]), Precision.valueOf(bits[1]), bits.length > 3 ? date(bits[3]) : null);
        }).toList();
    }
}
