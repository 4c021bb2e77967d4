package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000's orientation table as an officer receives it in Word: the leading agency written once and merged down
 * over the four quarters, the group heading merged across the table.
 */
class MergedCellsTest {

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    @Test
    void aLeadAgencyMergedDownOverFourRowsLeadsEachOfThem() throws IOException {
        List<PlanTask> tasks = parsing.parse(orientationDocx(), "dinh-huong.docx", LocalDate.of(2024, 1, 10)).tasks();

        assertThat(tasks).hasSize(4);
        assertThat(tasks).allSatisfy(t -> assertThat(t.lead()).extracting(AgencyRef::name).containsExactly("Sở Nội vụ"));
        assertThat(tasks).extracting(PlanTask::section).containsOnly("I");
        assertThat(tasks.get(3).coordinate()).extracting(AgencyRef::name)
                .containsExactly("Đài Phát thanh - Truyền hình tỉnh", "Báo Nghệ An");
    }

    @Test
    void theReviewerSeesTheMergedTextOnEveryRowOfTheSource() throws IOException {
        String source = parsing.sourceText(orientationDocx());

        assertThat(source.lines().filter(l -> l.contains("\tSở Nội vụ\t"))).hasSize(4);
    }

    private static byte[] orientationDocx() throws IOException {
        return OrientationDocx.seed000Quarters();
    }
}
