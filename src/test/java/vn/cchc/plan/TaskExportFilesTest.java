package vn.cchc.plan;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.time.PinnableClock;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A task export carries what the board shows and is named for what it holds and the day it was taken. */
@UsesDemoData("the demo accounts, the seed plans")
class TaskExportFilesTest extends CchcIntegrationTest {

    @Autowired
    PinnableClock clock;
    @Autowired
    Plans store;

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private long planId(String number) {
        return jdbc.sql("select id from plan where doc_number = ?").param(number).query(Long.class).single();
    }

    private MockHttpServletResponse export(String path, String user, String... params) throws Exception {
        var request = get(path).with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void aPlansTaskSheetIsNamedForThePlanAndTheDayInAsciiAndInVietnamese() throws Exception {
        clock.pin(LocalDate.of(2024, 12, 31));
        long plan = planId("02/KH-BCĐ");
        Integer year = store.plan(plan).orElseThrow().year();
        String disposition = export("/plans/tasks/export.xlsx", "snv.cchc", "planId", Long.toString(plan))
                .getHeader("Content-Disposition");
        assertThat(disposition).contains("filename=\"nhiem-vu-02-KH-BCD-" + year + "-den-31-12-2024.xlsx\"")
                .contains("filename*=UTF-8''nhi%E1%BB%87m-v%E1%BB%A5-02-KH-BC%C4%90-" + year + "-%C4%91%E1%BA%BFn-31-12-2024.xlsx");
    }

    @Test
    void theTaskSheetCarriesEachTasksResolvedDueDateAndDirectingLeader() throws Exception {
        long plan = planId("02/KH-BCĐ");
        Map<String, TaskRow> byContent = new HashMap<>();
        store.tasks(TaskFilter.ofPlan(plan)).forEach(t -> byContent.put(t.content(), t));
        byte[] xlsx = export("/plans/tasks/export.xlsx", "snv.cchc", "planId", Long.toString(plan)).getContentAsByteArray();
        int dated = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(2);
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Hạn hoàn thành (ngày)");
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Lãnh đạo chỉ đạo");
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                TaskRow task = row.getCell(1) == null ? null : byContent.get(row.getCell(1).getStringCellValue());
                if (task == null) {
                    continue;
                }
                LocalDate due = row.getCell(7) == null ? null : row.getCell(7).getLocalDateTimeCellValue().toLocalDate();
                assertThat(due).as(task.content()).isEqualTo(task.due());
                assertThat(row.getCell(8) == null ? "" : row.getCell(8).getStringCellValue()).isEqualTo(Plans.nz(task.directedBy()));
                dated += due == null ? 0 : 1;
            }
        }
        assertThat(dated).as("tasks of seed 001 with a resolved due date").isPositive();
    }

    @Test
    void myTasksInWordAreHeadedByMyUnitNotByTheWordCchc() throws Exception {
        byte[] docx = export("/plans/tasks/export.docx", "stp.cchc", "mine", "true").getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).as("the issuing body beside the national motto").contains("\tSỞ TƯ PHÁP\t");
            List<String> lines = text.getText().lines().map(String::strip).toList();
            assertThat(lines).contains("Nhiệm vụ cải cách hành chính - Sở Tư pháp").doesNotContain("CCHC");
        }
    }
}
