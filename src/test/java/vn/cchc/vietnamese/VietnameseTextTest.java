package vn.cchc.vietnamese;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VietnameseTextTest {

    @Test
    void unitsSortInVietnameseOrderWithToneMarksSecondary() {
        List<String> sorted = Stream.of("Xã Bình Chuẩn", "Xã Bích Hào", "Xã Bạch Ngọc", "Xã Bắc Lý")
                .sorted(VietnameseOrder.texts()).toList();
        assertThat(sorted).containsExactly("Xã Bạch Ngọc", "Xã Bắc Lý", "Xã Bích Hào", "Xã Bình Chuẩn");
    }

    @Test
    void dComesBeforeĐAndAnyWordWithD() {
        List<String> sorted = Stream.of("Sở Đào tạo", "Sở Du lịch", "Sở Dân tộc", "Sở Ân Sơn", "Sở Ăn Uống", "Sở An")
                .sorted(VietnameseOrder.texts()).toList();
        assertThat(sorted).containsExactly("Sở An", "Sở Ăn Uống", "Sở Ân Sơn", "Sở Dân tộc", "Sở Du lịch", "Sở Đào tạo");
    }

    @Test
    void foldingRemovesDiacriticsWhateverTheUnicodeForm() {
        String decomposed = java.text.Normalizer.normalize("Ủy ban Nhân dân xã Đô Lương", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseFolding.fold(decomposed)).isEqualTo("uy ban nhan dan xa do luong");
        assertThat(VietnameseFolding.fold("Uỷ ban")).isEqualTo(VietnameseFolding.fold("Ủy ban"));
        assertThat(VietnameseFolding.foldSpaced("  Sở   Nội\u00A0vụ ")).isEqualTo("so noi vu");
    }

    @Test
    void aDateIsReadAndShownAsDayMonthYear() {
        assertThat(VietnameseDates.parse("30/06/2024")).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(VietnameseDates.parse("1/7/2025")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(VietnameseDates.parse("2025-07-01")).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(VietnameseDates.format(LocalDate.of(2024, 12, 31))).isEqualTo("31/12/2024");
    }

    @Test
    void theThirtyFirstOfFebruaryIsRefusedNotMovedToMarch() {
        assertThatThrownBy(() -> VietnameseDates.parse("31/02/2025")).isInstanceOf(NotVietnameseDate.class);
        assertThatThrownBy(() -> VietnameseDates.parse("06/30/2024")).isInstanceOf(NotVietnameseDate.class);
    }
}
