package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing in the header is guessed silently: a field the reader could not read, or read from outside the header, is named. */
class UnsureHeaderFieldsTest {

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    private ParsedPlan parse(String text) {
        return parsing.parse(text.getBytes(StandardCharsets.UTF_8), "van-ban.txt", LocalDate.of(2024, 3, 1));
    }

    @Test
    void aLetterWhoseDayIsLeftBlankSaysTheDateIsNotYetWritten() {
        ParsedPlan plan = parse("""
                UBND TỈNH QUẢNG BÌNH
                SỞ NỘI VỤ
                Số:    /SNV-CCHC
                Quảng Bình, ngày      tháng 01 năm 2024
                V/v tuyên truyền cải cách hành chính năm 2024
                Kính gửi: Các sở, ban, ngành
                """);

        assertThat(plan.document().date()).isNull();
        assertThat(plan.warnings()).contains("Văn bản chưa ghi ngày ban hành (chỉ có tháng 01 năm 2024).");
    }

    @Test
    void aYearTakenFromTodayBecauseTheTextHasNoneIsNamed() {
        ParsedPlan plan = parse("""
                KẾ HOẠCH
                Tuyên truyền cải cách hành chính
                I. MỤC ĐÍCH, YÊU CẦU
                1. Nâng cao nhận thức của người dân về cải cách hành chính.
                """);

        assertThat(plan.document().year()).isEqualTo(2024);
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("Không thấy ngày ban hành hay năm trong văn bản; năm 2024"));
    }

    @Test
    void anIssuerReadFromABodySentenceInsteadOfTheHeaderIsNamed() {
        ParsedPlan plan = parse("""
                Kế hoạch hoạt động năm 2024
                Thực hiện Quyết định số 47/QĐ-UBND ngày 10/01/2024 của UBND huyện, Ban Chỉ đạo chuyển đổi số huyện xây dựng kế hoạch hoạt động năm 2024 như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);

        assertThat(plan.document().issuer()).isEqualTo("Ban Chỉ đạo chuyển đổi số huyện");
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("Cơ quan ban hành đọc từ câu") && w.contains("trong thân văn bản"));
    }

    @Test
    void aDocumentWithoutANumberLineSaysSo() {
        ParsedPlan plan = parse("""
                ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
                Quảng Bình, ngày 20 tháng 02 năm 2024
                KẾ HOẠCH
                CẢI CÁCH HÀNH CHÍNH NĂM 2024
                I. MỤC ĐÍCH, YÊU CẦU
                """);

        assertThat(plan.document().number()).isNull();
        assertThat(plan.warnings()).contains("Không tìm thấy số, ký hiệu của văn bản; hãy nhập theo văn bản gốc.");
    }

    @Test
    void aHeaderReadInFullCarriesNoFieldWarning() {
        ParsedPlan plan = parse("""
                ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 301/KH-UBND
                Quảng Bình, ngày 20 tháng 02 năm 2024
                KẾ HOẠCH
                CẢI CÁCH HÀNH CHÍNH NĂM 2024
                I. MỤC ĐÍCH, YÊU CẦU
                """);

        assertThat(plan.document().number()).isEqualTo("301/KH-UBND");
        assertThat(plan.warnings()).containsExactly(ParsedPlan.NO_TASK_TABLE + ".");
    }
}
