package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Real plans keep their task table in an appendix sent as its own file: the document itself is still read. */
class DocumentWithoutTaskTableTest {

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    private ParsedPlan corpus(String file) throws IOException {
        return parsing.parse(CorpusHeaderAccuracyTest.documentText(file).getBytes(StandardCharsets.UTF_8), file, null);
    }

    @Test
    void aDecisionWhoseTableIsInAnAppendixIsReadWithItsHeaderZeroTasksAndTheAppendixWarning() throws IOException {
        ParsedPlan plan = corpus("08-daknong-chuyen-doi-so-2022-468-QD-UBND.txt");

        assertThat(plan.document().number()).isEqualTo("468/QĐ-UBND");
        assertThat(plan.document().date()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(plan.document().place()).isEqualTo("Đắk Nông");
        assertThat(plan.tasks()).isEmpty();
        assertThat(plan.warnings()).first().asString()
                .isEqualTo("Không tìm thấy bảng nhiệm vụ; có thể bảng nằm ở phụ lục riêng.");
    }

    @Test
    void aPlanWithoutATableKeepsTheTasksItsProseHasAndStillSaysTheTableIsMissing() throws IOException {
        ParsedPlan plan = corpus("25-laichau-ke-hoach-cchc-2025-1888-KH-VPUBND.txt");

        assertThat(plan.tasks()).isNotEmpty();
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith(ParsedPlan.NO_TASK_TABLE));
    }

    @Test
    void numberAndDateTakenFromANewsSentenceAreFlaggedForTheReviewer() throws IOException {
        ParsedPlan plan = corpus("25-laichau-ke-hoach-cchc-2025-1888-KH-VPUBND.txt");

        assertThat(plan.document().number()).isEqualTo("1888/KH-VPUBND");
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("Số, ký hiệu lấy từ câu giới thiệu"));
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("Ngày ban hành lấy từ câu giới thiệu"));
    }

    @Test
    void aTableFullOfTasksGivesNoMissingTableWarning() throws IOException {
        ParsedPlan plan = parsing.parse(Seeds.bytes("001"), "001.txt", null);

        assertThat(plan.tasks()).hasSize(42);
        assertThat(plan.warnings()).noneMatch(w -> w.startsWith(ParsedPlan.NO_TASK_TABLE));
    }

    @Test
    void aLostDashInANumberIsPutBackAfterTheTypeCode() {
        assertThat(DocumentNumbers.normalize("1961/QĐUBND")).isEqualTo("1961/QĐ-UBND");
        assertThat(DocumentNumbers.normalize("61/2018/NĐCP")).isEqualTo("61/2018/NĐ-CP");
        assertThat(DocumentNumbers.normalize("164/TTr- SKHCN")).isEqualTo("164/TTr-SKHCN");
        assertThat(DocumentNumbers.normalize("45/TTg")).isEqualTo("45/TTg");
    }
}
