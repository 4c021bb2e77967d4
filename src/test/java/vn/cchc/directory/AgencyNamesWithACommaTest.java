package vn.cchc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;

/**
 * A comma inside one body's name does not cut it, through the resolver the application uses over the stored
 * directory: a part that does not open with an agency's head word (Sở, Phòng, UBND, Chi cục…) continues the name.
 */
class AgencyNamesWithACommaTest extends CchcIntegrationTest {

    private static final LocalDate PLAN_2025 = LocalDate.of(2025, 3, 10);

    @Autowired
    AgencyResolver resolver;

    private List<String> texts(String phrase) {
        return resolver.resolve(phrase, PLAN_2025).stream().map(ResolvedAgency::text).toList();
    }

    @Test
    void anUnknownOfficeForCivilServantsAndPublicEmployeesIsOneAgency() {
        List<ResolvedAgency> result = resolver.resolve("Phòng Công chức, viên chức", PLAN_2025);

        assertThat(result).extracting(ResolvedAgency::text).containsExactly("Phòng Công chức, viên chức");
        assertThat(result.get(0).resolved()).isFalse();
    }

    @Test
    void anUnknownCultureOfficeWithACommaAndVaIsOneAgency() {
        assertThat(texts("Phòng Văn hóa, Thông tin và Thể thao")).containsExactly("Phòng Văn hóa, Thông tin và Thể thao");
    }

    @Test
    void anUnknownLabourOfficeWithDashAndCommaIsOneAgency() {
        assertThat(texts("Phòng Lao động - Thương binh, Xã hội")).containsExactly("Phòng Lao động - Thương binh, Xã hội");
    }

    @Test
    void twoUnknownOfficesEachOpeningWithAHeadWordStayTwo() {
        assertThat(texts("Phòng Công chức, viên chức, Chi cục Văn thư - Lưu trữ huyện"))
                .containsExactly("Phòng Công chức, viên chức", "Chi cục Văn thư - Lưu trữ huyện");
    }

    @Test
    void aPublicEmployeeIsNotReadAsTheHeadWordVien() {
        assertThat(texts("Trung tâm Bồi dưỡng cán bộ, công chức, viên chức"))
                .containsExactly("Trung tâm Bồi dưỡng cán bộ, công chức, viên chức");
    }

    @Test
    void twoKnownDepartmentsSeparatedByACommaStayTwo() {
        List<ResolvedAgency> result = resolver.resolve("Sở Nội vụ, Sở Tài chính", PLAN_2025);

        assertThat(result).extracting(r -> r.unit().code()).containsExactly("SO_NOI_VU", "SO_TAI_CHINH");
    }

    @Test
    void aKnownDepartmentFollowedByAnUnknownOfficeWithACommaGivesTwo() {
        List<ResolvedAgency> result = resolver.resolve("Sở Nội vụ, Phòng Công chức, viên chức", PLAN_2025);

        assertThat(result).extracting(ResolvedAgency::text).containsExactly("Sở Nội vụ", "Phòng Công chức, viên chức");
        assertThat(result.get(0).unit().code()).isEqualTo("SO_NOI_VU");
    }
}
