package vn.cchc.directory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.directory.Workbooks.HEADER;
import static vn.cchc.directory.Workbooks.row;

class UnitImportTest extends CchcIntegrationTest {

    private static String standingAgency;
    private static String officer;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        officer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
    }

    private static final String PASSWORD = TestAccounts.PASSWORD;
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    @Test
    void threeCommunesAreImportedFromASheet() throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(
                row("X_THU_A", "Xã Thử Nghiệm A", "Xã", "UBND_TINH", JULY_2025, null, null),
                row("X_THU_B", "Xã Thử Nghiệm B", "COMMUNE", "UBND_TINH", "01/07/2025", null, null),
                row("P_THU_C", "Phường Thử Nghiệm C", "phuong", "UBND_TINH", JULY_2025, null, null)));
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("xa-moi.xlsx", file))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.unchanged").value(0));
        assertThat(jdbc.sql("select kind from unit where code = 'P_THU_C'").query(String.class).single())
                .isEqualTo("WARD");
        assertThat(jdbc.sql("select valid_from::text from unit where code = 'X_THU_B'").query(String.class).single())
                .isEqualTo("2025-07-01");
    }

    @Test
    void aBadRowStoresNothingAndTheMessageNamesTheRowAndTheColumn() throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(
                row("X_LOI_A", "Xã Lỗi A", "Xã", "UBND_TINH", null, null, null),
                row("X_LOI_B", "Xã Lỗi B", "Xã", "UBND_TINH", null, null, null),
                row("X_LOI_C", "Xã Lỗi C", "Xã", "X_ABC", null, null, null)));
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("units.xlsx", file))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("Tệp units.xlsx, dòng 4, cột 'Mã đơn vị cha': không tìm thấy mã X_ABC")));
        assertThat(jdbc.sql("select count(*) from unit where code like 'X_LOI_%'").query(Integer.class).single()).isZero();
    }

    @Test
    void aRejectedImportIsAProblemNamingTheFileAndHowManyErrorsItHas() throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(
                row("X_TIEUDE_A", null, "Xã", "UBND_TINH", null, null, null),
                row("X_TIEUDE_B", "Xã Tiêu Đề B", "Làng", "UBND_TINH", null, null, null)));
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("xa-sap-nhap.xlsx", file))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Dữ liệu nhập không hợp lệ"))
                .andExpect(jsonPath("$.detail").value("Tệp xa-sap-nhap.xlsx có 2 lỗi; chưa có dữ liệu nào được lưu."));
    }

    @Test
    void everyBadRowIsListedAtOnce() throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(
                row("X_NHIEU_A", "Xã A", "Làng", "UBND_TINH", null, null, null),
                row("X_NHIEU_B", null, "Xã", "UBND_TINH", null, null, null),
                row("X_NHIEU_B", "Xã B lặp", "Xã", "UBND_TINH", null, null, null),
                row("X_NHIEU_C", "Xã C", "Xã", "UBND_TINH", "01/07/2025", "30/06/2025", null),
                row("X_NHIEU_D", "Xã D", "Xã", "UBND_TINH", null, "30/06/2025", "X_KHONG_CO"),
                row("X_NHIEU_E", "Xã E", "Xã", "X_NHIEU_F", null, null, null),
                row("X_NHIEU_F", "Xã F", "Xã", "X_NHIEU_E", null, null, null)));
        String body = mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("units.xlsx", file))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains(
                "dòng 2, cột 'Loại đơn vị': không có loại đơn vị 'Làng'",
                "dòng 3, cột 'Tên đơn vị': bắt buộc nhập",
                "dòng 4, cột 'Mã đơn vị': mã X_NHIEU_B trùng với dòng 3",
                "dòng 5, cột 'Hiệu lực đến ngày': ngày hết hiệu lực trước ngày bắt đầu hiệu lực",
                "dòng 6, cột 'Mã đơn vị kế thừa': không tìm thấy mã X_KHONG_CO",
                "dòng 7, cột 'Mã đơn vị cha': quan hệ cấp trên tạo thành vòng lặp");
        assertThat(jdbc.sql("select count(*) from unit where code like 'X_NHIEU_%'").query(Integer.class).single()).isZero();
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(
                row("X_LAP_A", "Xã Lặp A", "Xã", "UBND_TINH", JULY_2025, null, null),
                row("X_LAP_B", "Xã Lặp B", "Xã", "X_LAP_A", JULY_2025, null, null)));
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("lap.xlsx", file))
                .with(httpBasic(standingAgency, PASSWORD))).andExpect(jsonPath("$.created").value(2));
        int audits = auditCount();
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("lap.xlsx", file))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(auditCount()).isEqualTo(audits);
    }

    @Test
    void anExportImportsBackUnchanged() throws Exception {
        byte[] export = mvc.perform(get("/api/v1/units/export.xlsx").with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        int units = jdbc.sql("select count(*) from unit").query(Integer.class).single();
        int audits = auditCount();
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("danh-muc-don-vi.xlsx", export))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(units));
        assertThat(auditCount()).isEqualTo(audits);
    }

    @Test
    void theUploadPageShowsTheCounts() throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(row("X_TRANG_A", "Xã Trang A", "Xã", "UBND_TINH", null, null, null)));
        mvc.perform(multipart("/units/import").file(Workbooks.upload("trang.xlsx", file)).with(as(standingAgency)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thêm mới: 1 đơn vị")));
    }

    @Test
    void aUnitOfficerCannotImport() throws Exception {
        byte[] file = Workbooks.xlsx(HEADER, List.of(row("X_CAM_A", "Xã Cấm A", "Xã", null, null, null, null)));
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("cam.xlsx", file))
                        .with(httpBasic(officer, PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from unit where code = 'X_CAM_A'").query(Integer.class).single()).isZero();
    }

    @Test
    void theTemplateIsAnEmptySheetWithTheVietnameseHeader() throws Exception {
        MvcResult result = mvc.perform(get("/units/import/template.xlsx").with(as(standingAgency)))
                .andExpect(status().isOk()).andReturn();
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Mã đơn vị cha");
            assertThat(sheet.getLastRowNum()).isZero();
        }
    }

    private int auditCount() {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'unit'").query(Integer.class).single();
    }
}
