package vn.cchc.dossier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalogue's Excel import: all or nothing, row errors naming row and column, the same file twice changes nothing. */
@UsesDemoData("the demo accounts and the catalogue's sample fields and procedures (V7_2)")
class ProcedureImportTest extends CchcIntegrationTest {

    private static final List<String> HEADER = List.of("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Mức độ trực tuyến",
            "Phí, lệ phí (đồng)", "Thời hạn giải quyết (ngày làm việc)");
    private static final AtomicInteger SEQ = new AtomicInteger();

    /** A code no other test uses, in the portal's style. */
    private static String newCode() {
        return "9.7" + String.format("%05d", SEQ.incrementAndGet());
    }

    private static byte[] workbook(List<?>... rows) {
        try (WorkbookWriter writer = new WorkbookWriter()) {
            TableSheet sheet = writer.sheet("Thủ tục").header(HEADER);
            for (List<?> row : rows) {
                sheet.row(row);
            }
            return writer.bytes();
        }
    }

    private ResultActions send(String name, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/procedures/import").file(new MockMultipartFile("file", name, WorkbookWriter.CONTENT_TYPE, xlsx))
                .with(as("snv.cchc")).with(csrf()));
    }

    private String stored(String code) {
        return jdbc.sql("select concat(name, '|', field_code, '|', online_level, '|', fee, '|', processing_days) from dossier_procedure where code = ?")
                .param(code).query(String.class).optional().orElse(null);
    }

    private long audits() {
        return jdbc.sql("select count(*) from audit_entry where entity_type = 'dossier_procedure'").query(Long.class).single();
    }

    @Test
    void aNewCodeIsAddedAndAKnownOneUpdatedWithFieldsByNameOrCodeAndLevelsInWords() throws Exception {
        String building = newCode();
        String birth = newCode();
        jdbc.sql("insert into dossier_procedure (code, name, field_code) values (?, 'Đăng ký khai sinh', 'HO_TICH')").param(birth).update();
        send("thu-tuc.xlsx", workbook(
                List.of(building, "Cấp giấy phép xây dựng", "Xây dựng", "Toàn trình", "1.200.000", 15),
                List.of(birth, "Đăng ký khai sinh", "HO_TICH", "mot phan", 0, ""))).andExpect(status().isOk())
                .andExpect(content().string(containsString("thêm 1, cập nhật 1, giữ nguyên 0")));
        assertThat(stored(building)).isEqualTo("Cấp giấy phép xây dựng|XAY_DUNG|FULL|1200000|15");
        assertThat(stored(birth)).isEqualTo("Đăng ký khai sinh|HO_TICH|PARTIAL|0|");
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String code = newCode();
        byte[] file = workbook(List.of(code, "Cấp giấy phép xây dựng", "XAY_DUNG", "Một phần", 1200000, 20));
        send("thu-tuc.xlsx", file).andExpect(content().string(containsString("thêm 1, cập nhật 0, giữ nguyên 0")));
        long audited = audits();
        send("thu-tuc.xlsx", file).andExpect(content().string(containsString("thêm 0, cập nhật 0, giữ nguyên 1")));
        assertThat(audits()).isEqualTo(audited);
        assertThat(jdbc.sql("select version from dossier_procedure where code = ?").param(code).query(Integer.class).single()).isZero();
    }

    @Test
    void aFileWithOneBadRowStoresNoRowAndNamesTheRowAndTheColumn() throws Exception {
        String good = newCode();
        String bad = newCode();
        long audited = audits();
        send("thu-tuc-loi.xlsx", workbook(
                List.of(good, "Cấp giấy phép xây dựng", "XAY_DUNG", "Toàn trình", "1.200.000", 15),
                List.of(bad, "Đăng ký khai sinh", "Hộ khẩu", "Toàn trình", "12.5", 5))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("chưa lưu thủ tục nào"),
                        containsString("<td>3</td><td>Lĩnh vực</td><td>Không có lĩnh vực &#39;Hộ khẩu&#39;"),
                        containsString("<td>3</td><td>Phí, lệ phí (đồng)</td><td>Phí, lệ phí &#39;12.5&#39; không đọc được: Dùng dấu phẩy cho phần thập phân: 12,5"))));
        assertThat(stored(good)).isNull();
        assertThat(stored(bad)).isNull();
        assertThat(audits()).isEqualTo(audited);
    }

    @Test
    void aCodeTwiceInOneFileIsRefusedNamingTheFirstRow() throws Exception {
        String code = newCode();
        send("thu-tuc.xlsx", workbook(List.of(code, "Đăng ký khai sinh", "HO_TICH"), List.of(code, "Đăng ký kết hôn", "HO_TICH")))
                .andExpect(content().string(containsString("đã có ở dòng 2 của tệp")));
        assertThat(stored(code)).isNull();
    }

    @Test
    void aCodeWithASpaceInsideIsRefusedWithAnExample() throws Exception {
        send("thu-tuc.xlsx", workbook(List.of("1.000 656", "Đăng ký khai sinh", "HO_TICH")))
                .andExpect(content().string(containsString("<td>2</td><td>Mã thủ tục</td><td>Mã thủ tục &#39;1.000 656&#39; chỉ gồm chữ, số")));
        assertThat(stored("1.000 656")).isNull();
    }

    @Test
    void anUnknownOnlineLevelListsTheAcceptedWords() throws Exception {
        send("thu-tuc.xlsx", workbook(List.of(newCode(), "Đăng ký khai sinh", "HO_TICH", "Cấp độ 5")))
                .andExpect(content().string(containsString("Không hiểu mức độ trực tuyến &#39;Cấp độ 5&#39;; ghi một trong: Toàn trình")));
    }

    @Test
    void aCodeExcelTurnedIntoANumberGetsItsSixDecimalsBack() throws Exception {
        // 9.700650 typed into a General cell is stored by Excel as the number 9.70065
        String code = "9.6" + String.format("%04d", SEQ.incrementAndGet()) + "0";
        send("thu-tuc.xlsx", workbook(List.of(Double.parseDouble(code), "Cấp giấy phép xây dựng", "XAY_DUNG")))
                .andExpect(content().string(containsString("thêm 1")));
        assertThat(stored(code)).startsWith("Cấp giấy phép xây dựng|");
    }

    @Test
    void aFileWithoutTheNameColumnIsRefusedSayingWhichColumnIsMissing() throws Exception {
        byte[] file;
        try (WorkbookWriter writer = new WorkbookWriter()) {
            writer.sheet("Thủ tục").header(List.of("Mã thủ tục", "Lĩnh vực")).row(newCode(), "HO_TICH");
            file = writer.bytes();
        }
        send("thu-tuc.xlsx", file).andExpect(content().string(containsString("Thiếu cột «Tên thủ tục» ở dòng tiêu đề.")));
    }

    @Test
    void aFileThatIsNotExcelIsRefusedInWords() throws Exception {
        send("thu-tuc.xlsx", "Mã thủ tục,Tên thủ tục\n1.000656,Đăng ký khai sinh\n".getBytes())
                .andExpect(content().string(containsString("Tệp không đọc được như một bảng tính Excel")));
    }

    @Test
    void theExportImportedAgainChangesNothing() throws Exception {
        byte[] export = mvc.perform(get("/procedures/export.xlsx").with(as("stp.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        long audited = audits();
        long rows = jdbc.sql("select count(*) from dossier_procedure").query(Long.class).single();
        send("danh-muc-thu-tuc-hanh-chinh.xlsx", export).andExpect(content().string(containsString("thêm 0, cập nhật 0")));
        assertThat(audits()).isEqualTo(audited);
        assertThat(jdbc.sql("select count(*) from dossier_procedure").query(Long.class).single()).isEqualTo(rows);
    }

    @Test
    void theTemplateIsHeadedByTheColumnsTheImportReadsAndListsTheFields() throws Exception {
        byte[] template = mvc.perform(get("/procedures/import/template.xlsx").with(as("snv.cchc"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> header = new ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(HEADER);
            Sheet fields = book.getSheet("Lĩnh vực");
            List<String> names = new ArrayList<>();
            for (Row r : fields) {
                names.add(r.getCell(1).getStringCellValue());
            }
            assertThat(names).contains("Hộ tịch", "Xây dựng");
        }
    }

    @Test
    void aUnitOfficerCannotImportTheCatalogue() throws Exception {
        String code = newCode();
        mvc.perform(multipart("/procedures/import").file(new MockMultipartFile("file", "thu-tuc.xlsx", WorkbookWriter.CONTENT_TYPE,
                workbook(List.of(code, "Đăng ký khai sinh", "HO_TICH")))).with(as("stp.cchc")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(stored(code)).isNull();
    }

    @Test
    void theApisRefusalNamesTheFileAndHowManyErrorsItHas() throws Exception {
        mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc-ho-tich.xlsx", WorkbookWriter.CONTENT_TYPE,
                        workbook(List.of(newCode(), "", "HO_TICH")))).with(httpBasic("snv.cchc", "Demo@2026cchc")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Tệp danh mục thủ tục có lỗi"))
                .andExpect(jsonPath("$.detail").value("Tệp thu-tuc-ho-tich.xlsx có 1 lỗi; chưa lưu thủ tục nào."));
    }

    @Test
    void theApiAnswers422WithTheRowErrorsAndStoresNothing() throws Exception {
        String code = newCode();
        mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc.xlsx", WorkbookWriter.CONTENT_TYPE,
                        workbook(List.of(code, "", "HO_TICH")))).with(httpBasic("snv.cchc", "Demo@2026cchc")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("Tên thủ tục"))
                .andExpect(jsonPath("$.errors[0].message").value("Chưa điền."));
        assertThat(stored(code)).isNull();
    }

    @Test
    void theApiImportsAndTheApiExportCarriesTheNewProcedure() throws Exception {
        String code = newCode();
        mvc.perform(multipart("/api/v1/procedures/import").file(new MockMultipartFile("file", "thu-tuc.xlsx", WorkbookWriter.CONTENT_TYPE,
                        workbook(List.of(code, "Đăng ký khai sinh lưu động", "HO_TICH", "Toàn trình", "", 3))))
                        .with(httpBasic("snv.cchc", "Demo@2026cchc")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        byte[] export = mvc.perform(get("/api/v1/procedures/export.xlsx").with(httpBasic("stp.cchc", "Demo@2026cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            List<String> codes = new ArrayList<>();
            book.getSheetAt(0).forEach(r -> codes.add(r.getCell(0).getStringCellValue()));
            assertThat(codes).contains(code, "1.000656");
        }
    }
}
