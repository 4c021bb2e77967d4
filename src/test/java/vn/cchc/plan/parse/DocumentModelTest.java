package vn.cchc.plan.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document model that extraction builds, and the readers' rules that no longer depend on one seed's shape. */
class DocumentModelTest {

    private static final String HEADING = "Số: 12/KH-UBND\nHà Tĩnh, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\n";

    private final PlanParsing unresolved = new PlanParsing(new UnresolvedAgencies());
    private final PlanParsing directory = new PlanParsing(new WholeNamesOfTheDirectory());

    private List<PlanTask> tasks(PlanParsing parsing, String text) {
        return parsing.parse(text.getBytes(StandardCharsets.UTF_8), "ke-hoach.txt", null).tasks();
    }

    @Test
    void aMarkdownPipeTableInATextFileIsATaskTable() {
        List<PlanTask> tasks = tasks(unresolved, HEADING + """
                | STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
                |---|---|---|---|---|
                | I | CẢI CÁCH THỂ CHẾ | | | |
                | 1 | Rà soát văn bản quy phạm pháp luật của tỉnh | Sở Tư pháp | Các sở, ban, ngành | Quý II/2024 |
                | 2 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Văn phòng UBND tỉnh | Tháng 9/2024 |
                """);

        assertThat(tasks).extracting(PlanTask::section, PlanTask::number, t -> t.lead().get(0).name(), t -> t.deadline().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I", "1", "Sở Tư pháp", "Quý II/2024"),
                        org.assertj.core.groups.Tuple.tuple("I", "2", "Sở Nội vụ", "Tháng 9/2024"));
    }

    @Test
    void aTextTableIsKeptAsRowsAndCellsInTheModel() {
        DocumentModel model = TextDocuments.read("Mở đầu\nSTT\tNội dung\tCơ quan chủ trì\n\n1\tRà soát\tSở Tư pháp\nKết thúc\f"
                + "Trang hai");

        assertThat(model.tables()).hasSize(1);
        assertThat(model.tables().get(0).rows()).extracting(DocumentModel.Row::texts)
                .containsExactly(List.of("STT", "Nội dung", "Cơ quan chủ trì"), List.of("1", "Rà soát", "Sở Tư pháp"));
        assertThat(model.blocks()).filteredOn(DocumentModel.PageBreak.class::isInstance).hasSize(1);
    }

    @Test
    void aPdfCellWrappedOntoASecondLineStaysInItsColumn() throws IOException {
        byte[] pdf = TablePdf.of(List.of(
                new String[]{"STT", "Nội dung thực hiện", "Cơ quan chủ trì", "Thời gian hoàn thành"},
                new String[]{"1", "Rà soát thủ tục", "Sở Giáo dục", "Quý II/2024"},
                new String[]{"", "hành chính cấp xã", "và Đào tạo", ""}));

        PlanTask task = unresolved.parse(pdf, "ke-hoach.pdf", null).tasks().get(0);

        assertThat(task.content()).isEqualTo("Rà soát thủ tục hành chính cấp xã");
        assertThat(task.lead()).extracting(AgencyRef::name).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(task.deadline().text()).isEqualTo("Quý II/2024");
    }

    @Test
    void eachPdfPageEndsWithAPageBreakInTheModel() throws IOException {
        byte[] pdf = TablePdf.of(List.<String[]>of(new String[]{"Trang một"}), List.<String[]>of(new String[]{"Trang hai"}));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            DocumentModel model = PdfDocuments.read(document);
            assertThat(model.blocks()).extracting(b -> b.getClass().getSimpleName())
                    .containsExactly("Paragraph", "PageBreak", "Paragraph");
        }
    }

    @Test
    void aWordPageBreakAndAGridSpanAreKeptInTheModel() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(OrientationDocx.seed000Quarters()))) {
            DocumentModel model = DocxDocuments.read(document);
            DocumentModel.Row group = model.tables().get(0).rows().get(1);
            assertThat(group.cells()).singleElement().satisfies(c -> assertThat(c.span()).isEqualTo(5));
            assertThat(model.tables().get(0).rows().get(3).cells().get(2))
                    .isEqualTo(new DocumentModel.Cell("Sở Nội vụ", 1, true));
        }
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Trang một");
            document.createParagraph().setPageBreak(true);
            document.write(out);
            try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(DocxDocuments.read(read).blocks()).filteredOn(DocumentModel.PageBreak.class::isInstance).hasSize(1);
            }
        }
    }

    /** Seed 000 with one agency cell written on a single long line: an agency cell is told by its words, not its width. */
    @Test
    void anOrientationAgencyCellOnOneLongLineIsStillAnAgencyCell() throws IOException {
        String seed = Seeds.text("000").replaceFirst(
                "Sở Nội vụ, Văn phòng \\s*\\nUBND tỉnh và các sở, \\s*\\nban, ngành cấp tỉnh, \\s*\\nUBND cấp huyện\\.",
                "Sở Nội vụ, Văn phòng UBND tỉnh và các sở, ban, ngành cấp tỉnh, UBND cấp huyện.");
        assertThat(seed).contains("Sở Nội vụ, Văn phòng UBND tỉnh và các sở, ban, ngành cấp tỉnh, UBND cấp huyện.");

        List<PlanTask> tasks = tasks(unresolved, seed);

        assertThat(tasks).hasSize(17);
        assertThat(tasks.get(0).coordinate()).extracting(AgencyRef::name)
                .containsExactly("Sở Nội vụ, Văn phòng UBND tỉnh và các sở, ban, ngành cấp tỉnh, UBND cấp huyện");
        assertThat(tasks.get(0).content()).doesNotContain("Sở Nội vụ, Văn phòng");
    }

    private static final String SPLIT_LEAD = HEADING + """
            STT\tNội dung thực hiện\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
            I\tCÔNG TÁC TUYÊN TRUYỀN\t\t\t\t
            1\tTuyên truyền cải cách hành chính trên báo chí\tBan Tuyên giáo và\tDân vận Tỉnh ủy\tCác huyện, thành phố, thị xã\tChuyên mục
            """;

    @Test
    void aLeadNameSplitOverTwoCellsIsRebuiltWhenTheDirectoryReadsBothAsOneUnit() {
        PlanTask task = tasks(directory, SPLIT_LEAD).get(0);

        assertThat(task.lead()).containsExactly(new AgencyRef("Ban Tuyên giáo và Dân vận Tỉnh ủy", "BAN_TGDV_TU"));
        assertThat(task.coordinate()).extracting(AgencyRef::name).containsExactly("Các huyện, thành phố, thị xã");
        assertThat(task.warnings()).anyMatch(w -> w.contains("nghi lệch cột"));
    }

    @Test
    void withoutADirectoryThatKnowsTheNameTheSplitCellsStayAsPrintedAndTheReviewerIsWarned() {
        PlanTask task = tasks(unresolved, SPLIT_LEAD).get(0);

        assertThat(task.lead()).extracting(AgencyRef::name).containsExactly("Ban Tuyên giáo và");
        assertThat(task.deadline().kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(task.warnings()).anyMatch(w -> w.contains("Không hiểu thời hạn \"Các huyện, thành phố, thị xã\""));
    }

    @Test
    void aTaskTableColumnTheReaderDoesNotKnowIsNamedInADocumentWarning() {
        ParsedPlan plan = unresolved.parse((HEADING + """
                STT\tNội dung thực hiện\tCơ quan chủ trì\tGhi chú
                1\tRà soát văn bản\tSở Tư pháp\tƯu tiên
                """).getBytes(StandardCharsets.UTF_8), "ke-hoach.txt", LocalDate.of(2024, 3, 5));

        assertThat(plan.tasks()).hasSize(1);
        assertThat(plan.warnings()).anyMatch(w -> w.startsWith("Bảng nhiệm vụ có cột \"Ghi chú\" không thuộc mẫu"));
    }
}
