package vn.cchc.directory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.files.ZipBombs;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.cchc.directory.Workbooks.HEADER;
import static vn.cchc.directory.Workbooks.row;

/** A unit sheet is bounded: in rows, in the errors it answers with, and in what its zip unpacks to. */
class UnitImportLimitsTest extends CchcIntegrationTest {

    private static String standingAgency;

    @BeforeAll
    static void accounts(@Autowired ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    private static final String PASSWORD = TestAccounts.PASSWORD;

    @Test
    void aSheetOverTheRowCapIsRefusedNamingTheFileAndTheCap() throws Exception {
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("xa-qua-nhieu.xlsx", communes(20_000)))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Tệp xa-qua-nhieu.xlsx có hơn 20.000 dòng trong trang tính")));
        assertThat(jdbc.sql("select count(*) from unit where code like 'X_CAP_%'").query(Integer.class).single()).isZero();
    }

    @Test
    void oneHundredFiftyBadRowsListOneHundredErrorsAndCountTheOthers() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(row("X_LANG_" + i, "Làng Thử " + i, "Làng", "UBND_TINH", null, null, null));
        }
        mvc.perform(multipart("/api/v1/units/import").file(Workbooks.upload("lang.xlsx", Workbooks.xlsx(HEADER, rows)))
                        .with(httpBasic(standingAgency, PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Tệp lang.xlsx có 150 lỗi; chưa có dữ liệu nào được lưu."))
                .andExpect(jsonPath("$.errors", hasSize(101)))
                .andExpect(jsonPath("$.errors[99].message")
                        .value("Tệp lang.xlsx, dòng 101, cột 'Loại đơn vị': không có loại đơn vị 'Làng'"))
                .andExpect(jsonPath("$.errors[100].message").value(org.hamcrest.Matchers.startsWith("… và 50 lỗi khác")));
        assertThat(jdbc.sql("select count(*) from unit where code like 'X_LANG_%'").query(Integer.class).single()).isZero();
    }

    @Test
    void aUnitSheetThatUnpacksToHalfAGibibyteIsRefusedQuicklyAndStoresNothing() throws Exception {
        byte[] bomb = ZipBombs.xlsx(512L * 1024 * 1024);
        int units = jdbc.sql("select count(*) from unit").query(Integer.class).single();
        // the first upload of the JVM pays for class loading and the page's first rendering; time the second
        mvc.perform(multipart("/units/import").file(Workbooks.upload("nho.xlsx", ZipBombs.xlsx(200 * 1024)))
                .with(as(standingAgency)).with(csrf())).andExpect(status().isOk());
        long start = System.nanoTime();
        mvc.perform(multipart("/units/import").file(Workbooks.upload("bom.xlsx", bomb)).with(as(standingAgency)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Tệp bom.xlsx không được chấp nhận: tệp Excel khi giải nén vượt quá 100 MB")));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertThat(jdbc.sql("select count(*) from unit").query(Integer.class).single()).isEqualTo(units);
    }

    /** A header and {@code count} communes, streamed so the test itself stays small. */
    private static byte[] communes(int count) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Đơn vị");
            Row head = sheet.createRow(0);
            for (int c = 0; c < 3; c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 1; r <= count; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("X_CAP_" + r);
                row.createCell(1).setCellValue("Xã Giới Hạn " + r);
                row.createCell(2).setCellValue("Xã");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
