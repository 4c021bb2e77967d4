package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SeedPlanParsingTest {

    private final PlanParsing parsing = new PlanParsing(new WholeNamesOfTheDirectory());

    private ParsedPlan seed(String prefix) throws IOException {
        return parsing.parse(Seeds.bytes(prefix), prefix + ".txt", null);
    }

    @Test
    void seed001Metadata() throws IOException {
        PlanDocument document = seed("001").document();

        assertThat(document.number()).isEqualTo("02/KH-BCĐ");
        assertThat(document.type()).isEqualTo(DocumentType.PLAN);
        assertThat(document.title()).isEqualTo("công tác của Ban Chỉ đạo cải cách hành chính tỉnh Nghệ An năm 2024");
        assertThat(document.issuer()).isEqualTo("BCĐ CCHC tỉnh");
        assertThat(document.place()).isEqualTo("Nghệ An");
        assertThat(document.date()).isEqualTo(LocalDate.of(2024, 1, 25));
        assertThat(document.signer()).isEqualTo("Thái Thanh Quý");
        assertThat(document.year()).isEqualTo(2024);
        assertThat(document.references()).extracting(DocumentReference::number, DocumentReference::relation)
                .contains(tuple("05-NQ/TU", ReferenceRelation.CITES), tuple("468/QĐ-TTg", ReferenceRelation.CITES))
                .noneMatch(t -> t.toList().contains("02/KH-BCĐ"));
    }

    @Test
    void seed001HasFortyTwoTasksInFourSections() throws IOException {
        List<PlanTask> tasks = seed("001").tasks();

        assertThat(tasks).hasSize(42);
        assertThat(tasks.stream().collect(Collectors.groupingBy(PlanTask::section, Collectors.counting())))
                .containsEntry("I", 14L).containsEntry("II", 11L).containsEntry("III", 7L).containsEntry("IV", 10L);
        assertThat(tasks).filteredOn(t -> t.section().equals("IV") && t.number().equals("4")).hasSize(2);
    }

    /** Every task, field by field, against the reviewed expectation in src/test/resources/plan/seed-001-tasks.tsv. */
    @Test
    void seed001TasksFieldByField() throws IOException {
        List<PlanTask> tasks = seed("001").tasks();
        List<String[]> expected = expectations("/plan/seed-001-tasks.tsv");

        assertThat(tasks).hasSameSizeAs(expected);
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask task = tasks.get(i);
            String[] row = expected.get(i);
            String where = task.section() + "." + task.number();
            assertThat(task.section()).as(where).isEqualTo(row[0]);
            assertThat(task.number()).as(where).isEqualTo(row[1]);
            assertThat(task.area()).as(where).isEqualTo(ReformArea.valueOf(row[2]));
            assertThat(task.directedBy()).as(where).isEqualTo(row[3]);
            assertThat(names(task.lead())).as(where + " lead").isEqualTo(row[4]);
            assertThat(names(task.coordinate())).as(where + " coordinate").isEqualTo(row[5]);
            assertThat(nullToEmpty(task.deadline().text())).as(where + " deadline").isEqualTo(row[6]);
            assertThat(task.deadline().kind()).as(where).isEqualTo(DeadlineKind.valueOf(row[7]));
            assertThat(task.deadline().milestones().stream().map(m -> m.due() + " " + m.precision())
                    .collect(Collectors.joining(" + "))).as(where).isEqualTo(row[8]);
            assertThat(nullToEmpty(task.output())).as(where + " output").isEqualTo(row[9]);
            assertThat(task.content()).as(where).startsWith(row[10]);
        }
    }

    @Test
    void seed001RepairsLostCells() throws IOException {
        List<PlanTask> tasks = seed("001").tasks();
        PlanTask ii6 = task(tasks, "II", "6");
        PlanTask ii7 = task(tasks, "II", "7");
        PlanTask iii1 = task(tasks, "III", "1");

        assertThat(ii6.output()).isEqualTo("Báo cáo Kết quả chuyển đổi số năm 2024");
        assertThat(ii6.deadline().kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(ii6.warnings()).anyMatch(w -> w.contains("nghi lệch cột"));
        assertThat(ii7.output()).isEqualTo("Kết quả chuyển đổi số của tỉnh");
        assertThat(ii7.warnings()).anyMatch(w -> w.contains("nghi lệch cột"));
        assertThat(iii1.lead()).containsExactly(new AgencyRef("Sở Tài nguyên và Môi trường", "SO_TNMT"));
        assertThat(iii1.coordinate()).containsExactly(new AgencyRef("Các huyện, thành phố, thị xã", null));
        assertThat(iii1.output()).isEqualTo("Hội nghị đối thoại");
        assertThat(iii1.deadline().kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(iii1.warnings()).anyMatch(w -> w.contains("nghi lệch cột"));
    }

    @Test
    void seed001JoinsContinuationRows() throws IOException {
        List<PlanTask> tasks = seed("001").tasks();

        assertThat(task(tasks, "I", "6").content()).endsWith("về thực hiện Chương trình hành động số 56-CTr/TU ngày 03/7/2023 của Tỉnh ủy)");
        assertThat(task(tasks, "II", "5").content()).contains("tài nguyên và môi trường, du lịch");
        assertThat(task(tasks, "IV", "1").content()).contains("phương án sáp nhập lại đơn vị hành chính cấp huyện, cấp xã");
    }

    @Test
    void seed000OfficialLetter() throws IOException {
        ParsedPlan plan = seed("000");
        PlanDocument document = plan.document();

        assertThat(document.number()).isEqualTo("/SNV-CCHC");
        assertThat(document.type()).isEqualTo(DocumentType.OFFICIAL_LETTER);
        assertThat(document.title()).isEqualTo("định hướng nội dung trọng tâm công tác tuyên truyền CCHC năm 2024");
        assertThat(document.issuer()).isEqualTo("SỞ NỘI VỤ");
        assertThat(document.place()).isEqualTo("Nghệ An");
        assertThat(document.date()).isNull();
        assertThat(document.year()).isEqualTo(2024);
        assertThat(document.signer()).isEqualTo("Nguyễn Viết Hưng");
        assertThat(document.references()).filteredOn(r -> r.relation() == ReferenceRelation.IMPLEMENTS)
                .containsExactly(new DocumentReference("4317/QĐ-UBND", LocalDate.of(2023, 12, 25), ReferenceRelation.IMPLEMENTS),
                        new DocumentReference("17/KH-UBND", LocalDate.of(2024, 1, 9), ReferenceRelation.IMPLEMENTS));
    }

    @Test
    void seed000BundlesByQuarter() throws IOException {
        List<PlanTask> tasks = seed("000").tasks();
        List<String[]> expected = expectations("/plan/seed-000-tasks.tsv");

        assertThat(tasks).hasSameSizeAs(expected);
        assertThat(tasks).extracting(PlanTask::quarter).containsOnly(1, 2, 3, 4);
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask task = tasks.get(i);
            String[] row = expected.get(i);
            assertThat(task.quarter()).as("bundle %d", i).isEqualTo(Integer.valueOf(row[0]));
            assertThat(task.number()).isEqualTo(row[1]);
            assertThat(names(task.lead())).as("bundle %d lead", i).isEqualTo(row[2]);
            assertThat(names(task.coordinate())).as("bundle %d coordinate", i).isEqualTo(row[3]);
            assertThat(task.content()).startsWith(row[4]);
            assertThat(task.area()).isEqualTo(ReformArea.PROPAGANDA);
            assertThat(task.deadline().milestones()).singleElement().extracting(Milestone::precision).isEqualTo(Precision.QUARTER);
        }
    }

    @Test
    void seed003Decision() throws IOException {
        ParsedPlan plan = seed("003");
        PlanDocument document = plan.document();

        assertThat(document.number()).isEqualTo("2228/QĐ-UBND");
        assertThat(document.type()).isEqualTo(DocumentType.DECISION);
        assertThat(document.title()).isEqualTo("Ban hành Kế hoạch cải cách hành chính Nhà nước tỉnh Nghệ An năm 2025");
        assertThat(document.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN");
        assertThat(document.date()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(document.signer()).isEqualTo("Bùi Đình Long");
        assertThat(document.year()).isEqualTo(2025);
        assertThat(document.references()).containsExactly(
                new DocumentReference("76/2021/NQ-CP", LocalDate.of(2021, 7, 15), ReferenceRelation.BASIS),
                new DocumentReference("05/NQ-TU", LocalDate.of(2021, 12, 14), ReferenceRelation.BASIS),
                new DocumentReference("5158/QĐ-UBND", LocalDate.of(2021, 12, 30), ReferenceRelation.BASIS),
                new DocumentReference("4625/BNN-CCHC", LocalDate.of(2025, 7, 2), ReferenceRelation.BASIS),
                new DocumentReference("3798/SNV-CCHC&VTLT", LocalDate.of(2025, 7, 11), ReferenceRelation.CITES),
                new DocumentReference("3667/QĐ-UBND", LocalDate.of(2024, 12, 30), ReferenceRelation.REPLACES));
        assertThat(plan.narrative().theme()).isEqualTo("Quyết liệt, kịp thời - Kỷ cương, gương mẫu - Lấy sự hài lòng "
                + "của người dân, doanh nghiệp làm thước đo cải cách hành chính");
    }

    @Test
    void seed003Targets() throws IOException {
        List<PlanTarget> targets = seed("003").targets();

        assertThat(targets).extracting(PlanTarget::comparator, PlanTarget::value, PlanTarget::unit).containsExactly(
                tuple("=", new BigDecimal("100"), "%"), tuple("=", new BigDecimal("98"), "%"),
                tuple("≥", new BigDecimal("95"), "%"), tuple("=", new BigDecimal("100"), "%"),
                tuple("=", new BigDecimal("100"), "%"), tuple(">", new BigDecimal("87"), "%"),
                tuple(">", new BigDecimal("85"), "%"), tuple(">", new BigDecimal("90"), "%"),
                tuple(">", new BigDecimal("85"), "%"), tuple("=", new BigDecimal("100"), "%"),
                tuple("=", new BigDecimal("100"), "%"), tuple("=", new BigDecimal("100"), "%"),
                tuple("=", new BigDecimal("100"), "%"), tuple("=", new BigDecimal("100"), "%"),
                tuple("=", new BigDecimal("100"), "%"), tuple("≥", new BigDecimal("60"), "%"),
                tuple("≤", new BigDecimal("-10"), "%"), tuple("≤", new BigDecimal("-10"), "%"));
        assertThat(targets.get(2).metric()).isEqualTo("Tỷ lệ hồ sơ TTHC ở các cấp được giải quyết đúng hạn");
        assertThat(targets.get(3).metric()).startsWith("hồ sơ chậm phải được xin lỗi");
        assertThat(targets.get(6).metric()).contains("đất đai, xây dựng, đầu tư");
        assertThat(targets.get(7).metric()).contains("sự phục vụ");
        assertThat(targets.get(8).metric()).contains("y tế, giáo dục");
        assertThat(targets.get(15).metric()).startsWith("Tỷ lệ hồ sơ giải quyết trực tuyến");
        assertThat(targets.get(16).metric()).isEqualTo("đơn vị sự nghiệp công lập so với năm 2021");
        assertThat(targets.get(17).metric()).startsWith("biên chế sự nghiệp").endsWith("so với năm 2021");
    }

    @Test
    void seed003TasksAndResponsibilities() throws IOException {
        List<PlanTask> tasks = seed("003").tasks();

        assertThat(tasks.stream().filter(t -> t.section().startsWith("II.")).collect(Collectors.groupingBy(PlanTask::area, Collectors.counting())))
                .containsEntry(ReformArea.INSTITUTIONS, 5L).containsEntry(ReformArea.PROCEDURES, 8L)
                .containsEntry(ReformArea.APPARATUS, 6L).containsEntry(ReformArea.CIVIL_SERVICE, 6L)
                .containsEntry(ReformArea.PUBLIC_FINANCE, 5L).containsEntry(ReformArea.DIGITAL_GOVERNMENT, 5L);
        assertThat(task(tasks, "II.1", "a").content()).startsWith("Tiếp tục nâng cao chất lượng tham mưu");
        assertThat(task(tasks, "II.6", "đ").content()).endsWith("hệ thống cơ sở dữ liệu quốc gia.");

        PlanTask ownPlans = task(tasks, "IV.1", "a");
        assertThat(ownPlans.deadline().kind()).isEqualTo(DeadlineKind.DATED);
        assertThat(ownPlans.deadline().milestones()).containsExactly(new Milestone(LocalDate.of(2025, 7, 31), Precision.DAY));
        assertThat(names(ownPlans.lead())).contains("Giám đốc các Sở").contains("Chủ tịch Ủy ban nhân dân các xã, phường");

        assertThat(tasks).filteredOn(t -> t.section().equals("IV.2.1")).hasSize(3)
                .allMatch(t -> names(t.lead()).equals("Sở Nội vụ"));
        assertThat(tasks).filteredOn(t -> t.section().equals("IV.3")).hasSize(3)
                .allMatch(t -> names(t.lead()).equals("Công an tỉnh"));
        assertThat(tasks).filteredOn(t -> t.section().equals("IV.4")).hasSize(2)
                .allMatch(t -> t.lead().get(0).name().equals("Báo và Phát thanh -Truyền hình tỉnh"));
    }

    @Test
    void seed002CommunePropagandaPlan() throws IOException {
        ParsedPlan plan = seed("002");
        PlanDocument document = plan.document();

        assertThat(document.number()).isEqualTo("89/KH-UBND");
        assertThat(document.type()).isEqualTo(DocumentType.PLAN);
        assertThat(document.issuer()).isEqualTo("UBND xã Hưng Tây");
        assertThat(document.place()).isEqualTo("Hưng Tây");
        assertThat(document.date()).isEqualTo(LocalDate.of(2024, 2, 6));
        assertThat(document.signer()).isEqualTo("Hoàng Văn Long");
        assertThat(document.references()).containsExactly(
                new DocumentReference("35/QĐ-UBND", LocalDate.of(2024, 1, 25), ReferenceRelation.IMPLEMENTS));
        assertThat(plan.narrative().purposes()).hasSize(3);
        assertThat(plan.narrative().requirements()).hasSize(6);
        assertThat(plan.narrative().audiences()).hasSize(3).first().asString().startsWith("Cơ quan hành chính nhà nước");
        assertThat(plan.narrative().contents()).hasSizeGreaterThan(15);
        assertThat(plan.narrative().forms()).hasSize(4);
        assertThat(plan.narrative().budget()).startsWith("Kinh phí triển khai Kế hoạch");
        assertThat(plan.tasks()).filteredOn(t -> names(t.lead()).equals("Văn phòng - Thống kê")).hasSize(6);
        assertThat(plan.tasks()).filteredOn(t -> names(t.lead()).equals("Công chức Văn hóa - xã hội")).hasSize(5);
        assertThat(plan.tasks()).hasSize(11);
    }

    @Test
    void seed004DepartmentPropagandaPlan() throws IOException {
        ParsedPlan plan = seed("004");
        PlanDocument document = plan.document();

        assertThat(document.number()).isNull();
        assertThat(document.type()).isEqualTo(DocumentType.PLAN);
        assertThat(document.title()).isEqualTo("Tuyên truyền cải cách hành chính năm 2022");
        assertThat(document.issuer()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(document.date()).isNull();
        assertThat(document.year()).isEqualTo(2022);
        assertThat(document.signer()).isEqualTo("Nguyễn Viết Hùng");
        assertThat(document.references()).first()
                .isEqualTo(new DocumentReference("64/KH-UBND", LocalDate.of(2022, 1, 28), ReferenceRelation.IMPLEMENTS));
        assertThat(plan.narrative().audiences()).singleElement().asString().startsWith("Đội ngũ cán bộ, công chức, viên chức Sở KH&CN");
        assertThat(plan.narrative().purposes()).hasSize(4);
        assertThat(plan.narrative().forms()).hasSize(4);
        assertThat(plan.tasks()).extracting(t -> names(t.lead())).containsExactly(
                "Văn phòng Sở", "Các phòng chuyên môn, đơn vị trực thuộc", "Các phòng chuyên môn, đơn vị trực thuộc");
    }

    @Test
    void jsonHasExactlyTheContractFields() throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(parsing.toJson(seed("001")));

        assertThat(json.get("document").propertyNames()).containsExactlyInAnyOrder(
                "number", "type", "title", "issuer", "place", "date", "signer", "year", "references");
        assertThat(json.get("document").get("date").asString()).isEqualTo("2024-01-25");
        JsonNode task = json.get("tasks").get(0);
        assertThat(task.propertyNames()).containsExactlyInAnyOrder("section", "number", "area", "content", "directedBy",
                "lead", "coordinate", "deadline", "output", "quarter", "warnings");
        assertThat(task.get("deadline").propertyNames()).containsExactlyInAnyOrder("text", "kind", "milestones", "recurrence");
        assertThat(task.get("deadline").get("milestones").get(0).get("due").asString()).isEqualTo("2024-01-31");
        assertThat(task.get("lead").get(0).propertyNames()).containsExactlyInAnyOrder("name", "unitCode");
        assertThat(json.get("document").get("references").get(0).propertyNames())
                .containsExactlyInAnyOrder("number", "date", "relation");
        JsonNode target = JsonMapper.builder().build().readTree(parsing.toJson(seed("003"))).get("targets").get(0);
        assertThat(target.propertyNames()).containsExactlyInAnyOrder("text", "metric", "comparator", "value", "unit");
    }

    static String names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).collect(Collectors.joining(" | "));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static PlanTask task(List<PlanTask> tasks, String section, String number) {
        return tasks.stream().filter(t -> section.equals(t.section()) && number.equals(t.number())).findFirst().orElseThrow();
    }

    static List<String[]> expectations(String resource) throws IOException {
        try (InputStream in = SeedPlanParsingTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        }
    }
}
