package vn.cchc.plan;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.plan.parse.PlanParseException;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The .xlsx task template: what the export writes, the import reads back; a faulty sheet stores nothing. */
@UsesDemoData("the demo accounts, the seed plans")
class TaskTemplateImportTest extends CchcIntegrationTest {

    @Autowired
    PlanImports imports;
    @Autowired
    Plans store;

    private long planId(String number) {
        return jdbc.sql("select id from plan where doc_number = ?").param(number).query(Long.class).single();
    }

    private byte[] export(long planId) throws Exception {
        return mvc.perform(get("/plans/tasks/export.xlsx").param("planId", Long.toString(planId)).with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void exportingSeed001AndImportingTheSheetGivesBackItsTasks() throws Exception {
        long planId = planId("02/KH-BCĐ");
        List<TaskRow> stored = store.tasks(TaskFilter.ofPlan(planId));
        PlanDraft read = imports.parse(export(planId), "nhiem-vu.xlsx");

        assertThat(read.number()).isEqualTo("02/KH-BCĐ");
        assertThat(read.identityKey()).as("offered as an update of the stored plan")
                .isEqualTo(jdbc.sql("select identity_key from plan where id = ?").param(planId).query(String.class).single());
        assertThat(read.tasks()).extracting(PlanDraft.Task::section, PlanDraft.Task::number, PlanDraft.Task::content,
                        PlanDraft.Task::leadLines, PlanDraft.Task::coordinateLines, PlanDraft.Task::deadlineText,
                        PlanDraft.Task::output, PlanDraft.Task::milestones, PlanDraft.Task::area)
                .containsExactlyElementsOf(stored.stream().map(t -> tuple(t.section(), t.number(), t.content(),
                        String.join("\n", t.lead().stream().map(PlanDraft.Agency::name).toList()),
                        String.join("\n", t.coordinate().stream().map(PlanDraft.Agency::name).toList()),
                        t.deadlineText(), t.output(), t.milestones(), t.area())).toList());
        assertThat(read.tasks()).flatExtracting(PlanDraft.Task::lead).extracting(PlanDraft.Agency::unitId)
                .containsExactlyElementsOf(stored.stream().flatMap(t -> t.lead().stream()).map(PlanDraft.Agency::unitId).toList());
    }

    @Test
    void thePropagandaOrientationKeepsItsQuartersThroughTheSheet() throws Exception {
        long planId = planId("/SNV-CCHC");
        List<TaskRow> stored = store.tasks(TaskFilter.ofPlan(planId));
        PlanDraft read = imports.parse(export(planId), "dinh-huong.xlsx");
        assertThat(read.tasks()).extracting(PlanDraft.Task::quarter)
                .containsExactlyElementsOf(stored.stream().map(TaskRow::quarter).toList());
    }

    private static byte[] sheet(boolean brokenFormula, String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Nhiệm vụ");
            s.createRow(0).createCell(0).setCellValue("15/KH-STP Kế hoạch cải cách hành chính năm 2025 của Sở Tư pháp");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            if (brokenFormula) {
                // A broken formula in the output cell of the last task (Excel row 7).
                s.getRow(6).createCell(5).setCellFormula("1/0");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final String[] HEADER = {"STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Tình trạng"};

    @Test
    void aSheetWithFaultyRowsIsRefusedRowByRowAndNothingIsStored() throws Exception {
        byte[] xlsx = sheet(true, HEADER,
                new String[]{"I", "CẢI CÁCH THỂ CHẾ"},
                new String[]{"1", "Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", null, "Quý II/2025", "Báo cáo"},
                new String[]{"2", null, "Sở Tư pháp", "Các sở, ban, ngành", "Tháng 6/2025", null},
                new String[]{"3", "Kiểm tra công tác thi hành pháp luật", "Sở Tư pháp", null, "Quý III/2025", null});
        assertThatThrownBy(() -> imports.parse(xlsx, "mau.xlsx")).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("Dòng 6, cột Nội dung: chưa có nội dung nhiệm vụ")
                .hasMessageContaining("Dòng 7, cột Sản phẩm: ô có lỗi công thức");

        long before = jdbc.sql("select count(*) from plan_import").query(Long.class).single();
        mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "mau.xlsx",
                        "application/octet-stream", xlsx)).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng 6, cột Nội dung")));
        assertThat(jdbc.sql("select count(*) from plan_import").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSheetWithoutTheTemplateHeaderIsRefused() throws Exception {
        byte[] xlsx = sheet(false, new String[]{"TT", "Việc", "Người làm"}, new String[]{"1", "a"}, new String[]{"2", "b"},
                new String[]{"3", "c"});
        assertThatThrownBy(() -> imports.parse(xlsx, "khac.xlsx")).isInstanceOf(PlanParseException.class)
                .hasMessageContaining("không đúng mẫu danh sách nhiệm vụ");
    }
}
