package vn.cchc.plan;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.UsesDemoData;
import vn.cchc.plan.parse.OrientationDocx;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents read through the document model, imported, reviewed and published the whole way: merged Word cells,
 * section titles as printed (storage, plan page, task page, exports) and the review page's summary and labels.
 */
@UsesDemoData("the demo accounts (snv.cchc) and the directory's Sở Nội vụ")
class DocumentModelImportTest extends CchcIntegrationTest {

    private static final Path SEED_001 = Path.of("src/main/resources/demo/plans/001_b60d195b2e0bc6bf.txt");
    private static final String SECTION_I = "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH";

    private long upload(String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", name,
                        "application/octet-stream", content)).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long publish(long importId) throws Exception {
        String plan = mvc.perform(post("/plans/import/{id}/publish", importId).with(as("snv.cchc")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(plan.substring(plan.lastIndexOf('/') + 1));
    }

    private long publishedSeed001() throws Exception {
        return publish(upload("02-KH-BCD.txt", Files.readAllBytes(SEED_001)));
    }

    private String page(String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(as("snv.cchc"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aLeadAgencyMergedDownInAWordTableLeadsEveryRowItSpansOncePublished() throws Exception {
        long plan = publish(upload("dinh-huong-tuyen-truyen.docx", OrientationDocx.seed000Quarters()));

        List<String> leads = jdbc.sql("""
                        select string_agg(u.name || '=' || coalesce(d.code, '?'), ', ' order by u.position)
                        from plan_task t join plan_task_unit u on u.task_id = t.id and u.role = 'LEAD'
                        left join unit d on d.id = u.unit_id
                        where t.plan_id = ? group by t.id, t.position order by t.position""")
                .param(plan).query(String.class).list();
        assertThat(leads).containsExactly("Sở Nội vụ=SO_NOI_VU", "Sở Nội vụ=SO_NOI_VU", "Sở Nội vụ=SO_NOI_VU",
                "Sở Nội vụ=SO_NOI_VU");
    }

    @Test
    void theSectionTitleAsPrintedIsStoredWithEachTaskOfTheSection() throws Exception {
        long plan = publishedSeed001();

        assertThat(jdbc.sql("select distinct section_title from plan_task where plan_id = ? and section = 'I'")
                .param(plan).query(String.class).list()).containsExactly(SECTION_I);
        assertThat(jdbc.sql("select count(distinct section_title) from plan_task where plan_id = ?")
                .param(plan).query(Long.class).single()).isEqualTo(4L);
    }

    @Test
    void thePlanPageHeadsEachSectionWithItsPrintedTitle() throws Exception {
        long plan = publishedSeed001();

        String html = page("/plans/{id}", plan);

        assertThat(html).contains("I. " + SECTION_I).doesNotContain(">Phần I<");
    }

    @Test
    void theTaskPageNamesItsSectionAsPrinted() throws Exception {
        long plan = publishedSeed001();
        long task = jdbc.sql("select id from plan_task where plan_id = ? and section = 'I' order by position limit 1")
                .param(plan).query(Long.class).single();

        assertThat(page("/plans/tasks/{id}", task)).contains("I. " + SECTION_I);
    }

    @Test
    void theExcelExportHeadsEachSectionWithItsPrintedTitle() throws Exception {
        long plan = publishedSeed001();

        byte[] xlsx = mvc.perform(get("/plans/tasks/export.xlsx").param("planId", Long.toString(plan)).with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<String> firstColumn = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> firstColumn.add(row.getCell(0) == null ? "" : row.getCell(0).toString()));
        }
        assertThat(firstColumn).contains("I. " + SECTION_I);
    }

    @Test
    void theWordExportHeadsEachSectionWithItsPrintedTitle() throws Exception {
        long plan = publishedSeed001();

        byte[] docx = mvc.perform(get("/plans/tasks/export.docx").param("planId", Long.toString(plan)).with(as("snv.cchc")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("I. " + SECTION_I);
        }
    }

    @Test
    void theReviewPageOpensWithASummaryCountingTheWarningsAndLinkingToEachFlaggedRow() throws Exception {
        long draft = upload("02-KH-BCD.txt", Files.readAllBytes(SEED_001));

        String html = page("/plans/import/{id}", draft);

        assertThat(html.indexOf("id=\"review-summary\"")).isPositive().isLessThan(html.indexOf("id=\"review-form\""));
        assertThat(html).containsPattern("\\d+ trên 42 nhiệm vụ cần xem lại");
        Matcher links = Pattern.compile("href=\"#(task-\\d+)\"").matcher(html);
        int linked = 0;
        while (links.find()) {
            assertThat(html).contains("id=\"" + links.group(1) + "\"");
            linked++;
        }
        assertThat(linked).as("links to flagged rows (II.6, II.7, III.1 at least)").isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyControlOfTheReviewFormHasALabel() throws Exception {
        long draft = upload("02-KH-BCD.txt", Files.readAllBytes(SEED_001));

        String html = page("/plans/import/{id}", draft);

        Matcher controls = Pattern.compile("<(input|select|textarea)\\b([^>]*)>").matcher(html);
        int checked = 0;
        while (controls.find()) {
            String attributes = controls.group(2);
            if (attributes.contains("type=\"hidden\"") || attributes.contains("type=\"submit\"")) {
                continue;
            }
            Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(attributes);
            boolean labelled = attributes.contains("aria-label=\"")
                    || id.find() && html.contains("for=\"" + id.group(1) + "\"");
            assertThat(labelled).as("label for <%s%s>", controls.group(1), attributes).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(42 * 10);
    }

    @Test
    void aHeaderFieldTheReaderWasUnsureOfIsNamedInTheSummaryAboveTheForm() throws Exception {
        long draft = upload("dinh-huong-2024.txt", Files.readAllBytes(Path.of("src/main/resources/demo/plans/000_0c376ef7ebe92330.txt")));

        String html = page("/plans/import/{id}", draft);

        int warning = html.indexOf("Văn bản chưa ghi ngày ban hành (chỉ có tháng 01 năm 2024).");
        assertThat(warning).isPositive().isGreaterThan(html.indexOf("id=\"review-summary\""))
                .isLessThan(html.indexOf("id=\"review-form\""));
    }
}
