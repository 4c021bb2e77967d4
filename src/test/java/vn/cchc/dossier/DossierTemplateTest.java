package vn.cchc.dossier;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The upload page explains the columns in Vietnamese, offers templates, and an Excel file is read like a CSV. */
@UsesDemoData("the demo accounts")
class DossierTemplateTest extends CchcIntegrationTest {

    private static final List<String> HEADER = List.of("Mã hồ sơ", "Mã thủ tục", "Mã đơn vị", "Ngày tiếp nhận", "Hạn xử lý",
            "Ngày hoàn thành", "Kênh nộp", "Phí, lệ phí", "Trạng thái");

    private ResultActions send(String name, byte[] body, String type) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/ingest").param("name", name).contentType(type).content(body)
                .with(httpBasic("snv.cchc", "Demo@2026cchc")));
    }

    private String stored(String code) {
        return jdbc.sql("select concat(channel, '|', fee, '|', status, '|', received_at) from dossier where code = ?").param(code)
                .query(String.class).optional().orElse(null);
    }

    private static byte[] workbook(List<Object> row) {
        try (WorkbookWriter writer = new WorkbookWriter()) {
            TableSheet sheet = writer.sheet("Hồ sơ").header(HEADER);
            sheet.row(row);
            return writer.bytes();
        }
    }

    @Test
    void theUploadPageListsTheColumnsInVietnameseWithExamplesAndOffersBothTemplates() throws Exception {
        mvc.perform(get("/dossiers/upload").with(as("snv.cchc"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ngày tiếp nhận"), containsString("05/01/2024 08:00"),
                        containsString("Bưu chính công ích"), containsString("Đã trả kết quả"),
                        containsString("/dossiers/upload/mau-ho-so-tthc.xlsx"), containsString("/dossiers/upload/mau-ho-so-tthc.csv"))));
    }

    @Test
    void theCsvTemplateFilledInWithOneRowIsAccepted() throws Exception {
        byte[] template = mvc.perform(get("/dossiers/upload/mau-ho-so-tthc.csv").with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String header = new String(template, StandardCharsets.UTF_8);
        assertThat(header).startsWith("\uFEFFMã hồ sơ,Mã thủ tục,Mã lĩnh vực,Mã đơn vị,Ngày tiếp nhận");
        // the template's columns in its order: code, procedure, field, unit, received, due, finished, returned, channel, …
        String row = "MAU08-1,2.000488,,SO_TU_PHAP,05/04/2008 08:00,10/04/2008 17:00,09/04/2008 10:00,09/04/2008 15:00,"
                + "Trực tuyến,0,0,có,có,\"200.000\",có,không,có,không,Đã trả kết quả\r\n";
        send("mau-da-dien.csv", (header + row).getBytes(StandardCharsets.UTF_8), "text/csv").andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsNew").value(1));
        assertThat(stored("MAU08-1")).isEqualTo("2|200000|RETURNED|2008-04-05 08:00:00");
    }

    @Test
    void anExcelDossierFileWithDateCellsAndLabelsIsAccepted() throws Exception {
        byte[] xlsx = workbook(List.of("XL08-1", "2.000488", "SO_TU_PHAP", LocalDate.of(2008, 5, 5), "10/05/2008 17:00",
                LocalDate.of(2008, 5, 9), "Bưu chính", 50000, "Đã trả kết quả"));
        send("ho-so-thang-5.xlsx", xlsx, WorkbookWriter.CONTENT_TYPE).andExpect(status().isOk())
                .andExpect(jsonPath("$.rowsNew").value(1));
        assertThat(stored("XL08-1")).isEqualTo("3|50000|RETURNED|2008-05-05 00:00:00");
    }

    @Test
    void aBadChannelInAnExcelFileIsNamedByItsExcelRowAndNothingIsStored() throws Exception {
        byte[] xlsx = workbook(List.of("XL08-2", "2.000488", "SO_TU_PHAP", "05/06/2008 08:00", "10/06/2008 17:00",
                "09/06/2008 10:00", "Email", 0, "Đã trả kết quả"));
        send("ho-so-thang-6.xlsx", xlsx, WorkbookWriter.CONTENT_TYPE).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("channel"))
                .andExpect(jsonPath("$.errors[0].message", allOf(containsString("'Email'"), containsString("Trực tuyến"))));
        assertThat(stored("XL08-2")).isNull();
    }

    @Test
    void aFileNamedXlsxThatIsNotAWorkbookIsRefusedWithAMessageNamingIt() throws Exception {
        send("ho-so.xlsx", "code,channel\n".getBytes(StandardCharsets.UTF_8), WorkbookWriter.CONTENT_TYPE)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("ho-so.xlsx")));
    }
}
