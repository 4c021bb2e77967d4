package vn.cchc.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bands of a round read as labelled ranges. */
class BandsTest {

    @Test
    void bandsReadAsLabelledRanges() {
        assertThat(Bands.Scale.of(Rounds.DEFAULT_BANDS).label())
                .isEqualTo("Xuất sắc ≥ 90; Tốt 80–<90; Khá 70–<80; Trung bình 50–<70; Yếu < 50");
        assertThat(Bands.Scale.of("0:Đạt;85,5:Tốt").label()).isEqualTo("Tốt ≥ 85,5; Đạt < 85,5");
        assertThat(Bands.Scale.of("0:Đạt").label()).isEqualTo("Đạt");
    }
}
