package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Assignments written as sentences or as "- Đơn vị chủ trì: …" lists become tasks with lead, coordination, deadline. */
class ProseAssignmentsTest {

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    private ParsedPlan parse(String text) {
        return parsing.parse(text.getBytes(StandardCharsets.UTF_8), "ke-hoach.txt", LocalDate.of(2024, 1, 15));
    }

    private static List<String> names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).toList();
    }

    @Test
    void aSentenceGivingTheLeadAndItsPartnersMakesATaskWithBoth() {
        ParsedPlan plan = parse("""
                Số: 12/KH-UBND
                KẾ HOẠCH
                Cải cách hành chính năm 2024
                II. NHIỆM VỤ TRỌNG TÂM
                1. Cải cách thể chế
                a) Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh; giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh, Sở Tài chính … và các cơ quan liên quan tổ chức thực hiện.
                """);

        PlanTask task = plan.tasks().get(0);
        assertThat(names(task.lead())).containsExactly("Sở Nội vụ");
        assertThat(names(task.coordinate())).containsExactly("Văn phòng UBND tỉnh", "Sở Tài chính", "các cơ quan liên quan");
    }

    @Test
    void theListFormUnderATaskGivesLeadCoordinationAndARoadmapBoundedByTheYear() throws IOException {
        String file = "28-haugiang-chuyen-doi-so-2024-de-an-06-portal.txt";
        ParsedPlan plan = parsing.parse(CorpusHeaderAccuracyTest.documentText(file).getBytes(StandardCharsets.UTF_8), file, null);

        PlanTask first = plan.tasks().get(0);
        assertThat(first.content()).startsWith("Tiếp tục triển khai, thực hiện hiệu quả 53 dịch vụ công thiết yếu");
        assertThat(names(first.lead())).containsExactly("Sở, ban, ngành tỉnh có liên quan và địa phương");
        assertThat(names(first.coordinate())).containsExactly("Văn phòng UBND tỉnh", "Công an tỉnh", "Sở Thông tin và Truyền thông");
        assertThat(first.deadline().kind()).isEqualTo(DeadlineKind.ROADMAP);
        assertThat(first.deadline().milestones()).containsExactly(new Milestone(LocalDate.of(2024, 12, 31), Precision.YEAR));
        assertThat(names(plan.tasks().get(1).coordinate())).containsExactly("Sở Thông tin và Truyền thông");
    }

    @Test
    void aTaskParagraphEndingWithItsDeadlineSentenceIsDueThatDay() throws IOException {
        String file = "33-quangnam-ke-hoach-cchc-2023-vpubnd-fragment.txt";
        ParsedPlan plan = parsing.parse(CorpusHeaderAccuracyTest.documentText(file).getBytes(StandardCharsets.UTF_8), file, null);

        assertThat(plan.tasks()).hasSize(1);
        PlanTask task = plan.tasks().get(0);
        assertThat(task.content()).startsWith("Tập trung rà soát, cắt giảm, đơn giản hóa quy định");
        assertThat(task.deadline().milestones()).containsExactly(new Milestone(LocalDate.of(2023, 9, 30), Precision.DAY));
    }

    @Test
    void paragraphsUnderTheNumberedHeadingsOfATasksPartAreItsTasks() throws IOException {
        String file = "25-laichau-ke-hoach-cchc-2025-1888-KH-VPUBND.txt";
        ParsedPlan plan = parsing.parse(CorpusHeaderAccuracyTest.documentText(file).getBytes(StandardCharsets.UTF_8), file, null);

        assertThat(plan.tasks()).extracting(PlanTask::section).containsOnly("II.1");
        assertThat(plan.tasks()).extracting(PlanTask::content).first().asString()
                .startsWith("Kịp thời xây dựng kế hoạch cải cách hành chính");
        assertThat(plan.tasks().get(0).deadline().kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
    }

    @Test
    void anAssignmentCarriedOutThuongXuyenIsOngoingNotUnspecified() {
        ParsedPlan plan = parse("""
                Số: 301/KH-UBND
                KẾ HOẠCH
                Nâng cao Chỉ số hài lòng năm 2024
                II. NHIỆM VỤ VÀ GIẢI PHÁP
                1. Xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu người dân. Giao Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh thực hiện thường xuyên.
                """);

        PlanTask task = plan.tasks().get(0);
        assertThat(names(task.lead())).containsExactly("Sở Nội vụ");
        assertThat(task.deadline().kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(task.deadline().milestones()).isEmpty();
    }
}
