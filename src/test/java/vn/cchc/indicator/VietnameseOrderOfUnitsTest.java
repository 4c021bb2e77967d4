package vn.cchc.indicator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.directory.UnitKind;
import vn.cchc.vietnamese.VietnameseOrder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The 766 scorecard and the heatmap list units in Vietnamese alphabetical order (a < ă < â, tones secondary). */
class VietnameseOrderOfUnitsTest extends CchcIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    @Autowired
    Achievements achievements;

    @Test
    void theScorecardListsBạchBeforeBắcBeforeBíchBeforeBình() {
        List<String> communes = achievements.heatmap(Period.containing(PeriodType.QUARTER, java.time.LocalDate.now(clock)).previous(), true).rows().stream()
                .filter(r -> r.unit().kind() == UnitKind.COMMUNE).map(r -> r.unit().name()).toList();

        assertThat(communes).hasSizeGreaterThan(10);
        assertThat(communes).containsSubsequence("Xã Bạch Hà", "Xã Bạch Ngọc", "Xã Bắc Lý", "Xã Bích Hào", "Xã Bình Chuẩn", "Xã Bình Minh");
        assertThat(communes).isSortedAccordingTo(VietnameseOrder.texts());
    }
}
