package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word task table saved as PDF, its lead cells merged down over rows 1–2 and 3–5 of group I. The PDF prints a
 * merged cell once, so rows 2, 4 and 5 show no lead: the lead above in the same group is proposed, each such row
 * carries a warning for the reviewer, and nothing is taken across a group heading.
 */
class MergedLeadInPdfTest {

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    private List<PlanTask> tasks() throws IOException {
        byte[] pdf = TablePdf.of(List.of(
                new String[]{"Số: 15/KH-UBND"},
                new String[]{"Quảng Bình, ngày 10 tháng 01 năm 2024"},
                new String[]{"KẾ HOẠCH"},
                new String[]{"Cải cách hành chính năm 2024"},
                new String[]{"STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"},
                new String[]{"I", "CẢI CÁCH THỂ CHẾ", "", "", ""},
                new String[]{"1", "Rà soát văn bản QPPL", "Sở Tư pháp", "Các sở, ngành", "Quý II/2024"},
                new String[]{"2", "Kiểm tra thi hành pháp luật", "", "Văn phòng UBND tỉnh", "Quý III/2024"},
                new String[]{"3", "Rà soát thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Tháng 6/2024"},
                new String[]{"4", "Công bố thủ tục hành chính", "", "Sở Nội vụ", "Tháng 9/2024"},
                new String[]{"5", "Số hóa hồ sơ, kết quả", "", "", "Quý IV/2024"},
                new String[]{"II", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", ""},
                new String[]{"1", "Sắp xếp tổ chức bên trong", "", "Sở Tài chính", "Quý IV/2024"}));
        return parsing.parse(pdf, "ke-hoach.pdf", LocalDate.of(2024, 1, 10)).tasks();
    }

    private static PlanTask task(List<PlanTask> tasks, String section, String number) {
        return tasks.stream().filter(t -> t.section().equals(section) && t.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void rowsUnderALeadMergedDownAreProposedTheLeadAbove() throws IOException {
        List<PlanTask> tasks = tasks();

        assertThat(tasks).extracting(t -> t.section() + "." + t.number(), t -> t.lead().stream().map(AgencyRef::name).toList())
                .startsWith(org.assertj.core.groups.Tuple.tuple("I.1", List.of("Sở Tư pháp")),
                        org.assertj.core.groups.Tuple.tuple("I.2", List.of("Sở Tư pháp")),
                        org.assertj.core.groups.Tuple.tuple("I.3", List.of("Văn phòng UBND tỉnh")),
                        org.assertj.core.groups.Tuple.tuple("I.4", List.of("Văn phòng UBND tỉnh")),
                        org.assertj.core.groups.Tuple.tuple("I.5", List.of("Văn phòng UBND tỉnh")));
    }

    @Test
    void eachRowGivenTheLeadAboveTellsTheReviewerToCheckIt() throws IOException {
        List<PlanTask> tasks = tasks();

        assertThat(task(tasks, "I", "2").warnings()).containsExactly("Dòng I.2: không có cơ quan chủ trì; bản PDF không cho "
                + "thấy ô gộp nên tạm lấy cơ quan chủ trì của dòng I.1 (\"Sở Tư pháp\"), cần kiểm tra lại với văn bản gốc.");
        assertThat(task(tasks, "I", "4").warnings()).singleElement().asString()
                .startsWith("Dòng I.4: không có cơ quan chủ trì;").contains("dòng I.3 (\"Văn phòng UBND tỉnh\")");
        assertThat(task(tasks, "I", "5").warnings()).singleElement().asString()
                .startsWith("Dòng I.5: không có cơ quan chủ trì;").contains("dòng I.4 (\"Văn phòng UBND tỉnh\")");
    }

    @Test
    void aRowWithItsOwnLeadCarriesNoWarning() throws IOException {
        List<PlanTask> tasks = tasks();

        assertThat(task(tasks, "I", "1").warnings()).isEmpty();
        assertThat(task(tasks, "I", "3").warnings()).isEmpty();
    }

    @Test
    void aFirstRowAfterAGroupHeadingTakesNoLeadFromTheGroupAboveAndSaysItHasNone() throws IOException {
        PlanTask first = task(tasks(), "II", "1");

        assertThat(first.lead()).isEmpty();
        assertThat(first.warnings()).containsExactly("Dòng II.1: không có cơ quan chủ trì.");
    }
}
