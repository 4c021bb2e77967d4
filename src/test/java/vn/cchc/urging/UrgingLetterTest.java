package vn.cchc.urging;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.directory.Directory;
import vn.cchc.plan.PlanPublication;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;
import vn.cchc.vietnamese.VietnameseDates;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.cchc.urging.UrgingFixture.Task;
import static vn.cchc.urging.UrgingFixture.issue;
import static vn.cchc.urging.UrgingFixture.key;
import static vn.cchc.urging.UrgingFixture.letterOf;

/**
 * Urging letters from the board's overdue tasks: what they list, their numbers, their files, who is told and who may
 * read them. Each test publishes a plan of its own (Sở Tư pháp, Sở Y tế, Sở Công Thương lead its tasks) and
 * filters the letter to it, so the demo's overdue tasks do not enter the expected lists.
 */
class UrgingLetterTest extends CchcIntegrationTest {

    @Autowired
    PlanPublication publication;

    @Autowired
    Directory directory;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationContext context;

    private LocalDate today;
    private long justice;
    private long health;
    private long trade;
    private long planId;
    private List<Task> tasks;
    private String agency;

    @BeforeEach
    void aPlanWithOverdueTasksOfThreeUnits() {
        today = LocalDate.now(clock);
        justice = directory.idOf("SO_TU_PHAP");
        health = directory.idOf("SO_Y_TE");
        trade = directory.idOf("SO_CONG_THUONG");
        tasks = List.of(
                new Task("1.1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch", "SO_TU_PHAP", today.minusDays(10)),
                new Task("1.2", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực", "SO_TU_PHAP", today.minusDays(3)),
                new Task("1.3", "Tổ chức hội nghị tập huấn kỹ năng cải cách hành chính", "SO_TU_PHAP", today.plusDays(5)),
                new Task("2.1", "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh", "SO_Y_TE", today.minusDays(20)),
                new Task("3.1", "Công khai thủ tục hành chính trên Cổng dịch vụ công", "SO_CONG_THUONG", today.minusDays(1)));
        planId = UrgingFixture.publish(publication, directory, tasks);
        agency = new TestAccounts(context).create(Role.STANDING_AGENCY, "SO_NOI_VU");
    }

    @Test
    void aLetterToTwoUnitsListsExactlyTheirOverdueTasksWithDeadlinesAndDaysLate() throws Exception {
        long letter = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, justice, health), as(agency)));

        List<String> listed = jdbc.sql("""
                        select unit_id, content, due, days_late from urging_letter_item where letter_id = ?
                        order by unit_id, position""").param(letter)
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class) + " "
                        + rs.getLong(4)).list();
        List<String> expected = tasks.stream()
                .filter(t -> Set.of("SO_TU_PHAP", "SO_Y_TE").contains(t.unitCode()) && t.due().isBefore(today))
                .sorted(java.util.Comparator.comparing((Task t) -> directory.idOf(t.unitCode())).thenComparing(Task::due))
                .map(t -> directory.idOf(t.unitCode()) + " " + t.content() + " " + t.due() + " "
                        + java.time.temporal.ChronoUnit.DAYS.between(t.due(), today))
                .toList();
        assertThat(listed).hasSize(3).isEqualTo(expected);
        assertThat(jdbc.sql("select unit_id from urging_letter_unit where letter_id = ? order by position")
                .param(letter).query(Long.class).list()).containsExactly(justice, health);
    }

    @Test
    void theWordFileOpensWithPoiAndHasTheDecree30PartsOfALetter() throws Exception {
        long letter = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, justice, health), as(agency)));
        String number = jdbc.sql("select number from urging_letter where id = ?").param(letter).query(String.class).single();
        byte[] docx = mvc.perform(get("/urging/letters/" + letter + ".docx").with(as(agency))).andReturn()
                .getResponse().getContentAsByteArray();

        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            text = ex.getText();
        }
        assertThat(number).matches("\\d+/SNV-CCHC");
        assertThat(text).contains("UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: " + number, "V/v đôn đốc thực hiện nhiệm vụ CCHC",
                "Nghệ An, " + vn.cchc.document.OfficialDocx.date(today), "Kính gửi: Sở Tư pháp; Sở Y tế.",
                "Triển khai bệnh án điện tử tại các bệnh viện tuyến tỉnh",
                "Trước ngày " + today.minusDays(20).getDayOfMonth() + "/" + today.minusDays(20).getMonthValue() + "/"
                        + today.minusDays(20).getYear() + " (" + VietnameseDates.format(today.minusDays(20)) + ")",
                "Nơi nhận:", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(text).doesNotContain("Tổ chức hội nghị tập huấn", "Công khai thủ tục hành chính trên Cổng");
    }

    @Test
    void thePdfOpensWithPdfBoxAndReadsInVietnameseWithItsDiacritics() throws Exception {
        long letter = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, justice), as(agency)));
        byte[] pdf = mvc.perform(get("/urging/letters/" + letter + ".pdf").with(as(agency))).andReturn()
                .getResponse().getContentAsByteArray();

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi: Sở Tư pháp.",
                "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch", "Số hóa kết quả giải quyết thủ tục",
                "Nơi nhận:");
    }

    @Test
    void twoLettersIssuedAtTheSameMomentGetTwoNumbersOfTheYear() throws Exception {
        List<MvcResult> results = Parallel.times(2, () -> UrgingFixture.perform(mvc, issue(key(), planId, justice), as(agency)));

        Set<String> numbers = results.stream().map(UrgingFixture::letterOf)
                .map(id -> jdbc.sql("select number from urging_letter where id = ?").param(id).query(String.class).single())
                .collect(Collectors.toSet());
        assertThat(numbers).hasSize(2);
        assertThat(numbers).allSatisfy(n -> assertThat(n).matches("\\d+/SNV-CCHC"));
    }

    @Test
    void theSameFormSubmittedTwiceAtOnceIssuesOneLetter() throws Exception {
        String once = key();
        List<MvcResult> results = Parallel.times(2, () -> UrgingFixture.perform(mvc, issue(once, planId, justice), as(agency)));

        assertThat(results.stream().map(UrgingFixture::letterOf).distinct()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from urging_letter where submission_key = ?").param(once)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'urging_letter' and entity_id = ?")
                .param(String.valueOf(letterOf(results.get(0)))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void eachUnitsOfficersAreToldWithALinkToTheLetter() throws Exception {
        String justiceOfficer = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long letter = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, justice, health), as(agency)));

        List<String> notices = jdbc.sql("""
                        select n.title || ' ' || n.link from notification n join app_user u on u.id = n.user_id
                        where u.username = ? and n.thing_type = 'urging_letter' and n.thing_id = ?""")
                .params(justiceOfficer, String.valueOf(letter)).query(String.class).list();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("Sở Tư pháp", "/urging/letters/" + letter);
    }

    @Test
    void aUnitOfficerReadsTheLetterSentToTheirUnitButNotOneSentToOthers() throws Exception {
        String justiceOfficer = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long toJustice = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, justice), as(agency)));
        long toHealth = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, health), as(agency)));

        assertThat(status("/urging/letters/" + toJustice + ".pdf", justiceOfficer)).isEqualTo(200);
        assertThat(status("/urging/letters/" + toJustice, justiceOfficer)).isEqualTo(200);
        assertThat(status("/urging/letters/" + toHealth + ".pdf", justiceOfficer)).isEqualTo(403);
        assertThat(status("/urging/letters/" + toHealth + ".docx", justiceOfficer)).isEqualTo(403);
        assertThat(status("/urging/letters/" + toHealth, justiceOfficer)).isEqualTo(403);
    }

    @Test
    void aUnitThatOwesNothingIsRefusedByNameAndNoLetterIsWritten() throws Exception {
        long before = jdbc.sql("select count(*) from urging_letter").query(Long.class).single();
        long nothingOwed = directory.idOf("SO_XAY_DUNG");

        MvcResult result = UrgingFixture.perform(mvc, issue(key(), planId, justice, nothingOwed), as(agency));

        assertThat(result.getFlashMap().get("flashErrorText")).asString().contains("Sở Xây dựng", "không còn nhiệm vụ quá hạn");
        assertThat(jdbc.sql("select count(*) from urging_letter").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theUnitsHistorySaysHowOftenItWasUrgedAndWhenLast() throws Exception {
        UrgingFixture.perform(mvc, issue(key(), planId, trade), as(agency));
        UrgingFixture.perform(mvc, issue(key(), planId, trade), as(agency));
        long times = jdbc.sql("""
                        select count(*) from urging_letter_unit lu join urging_letter l on l.id = lu.letter_id
                        where lu.unit_id = ? and l.number is not null""").param(trade).query(Long.class).single();

        String page = mvc.perform(get("/urging/new").param("source", "TASKS").param("planId", String.valueOf(planId))
                .with(as(agency))).andReturn().getResponse().getContentAsString();

        assertThat(times).isGreaterThanOrEqualTo(2);
        assertThat(page).contains("đã đôn đốc " + times + " lần, lần gần nhất " + VietnameseDates.format(today));
    }

    @Test
    void theFilteredUnitsAreAllUrgedWhenAllIsChosen() throws Exception {
        long letter = letterOf(UrgingFixture.perform(mvc, issue(key(), planId).param("allFiltered", "true"), as(agency)));

        assertThat(jdbc.sql("select unit_id from urging_letter_unit where letter_id = ?").param(letter)
                .query(Long.class).list()).containsExactlyInAnyOrder(justice, health, trade);
    }

    @Test
    void aUnitOfficerCannotIssueALetter() throws Exception {
        String officer = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        long before = jdbc.sql("select count(*) from urging_letter").query(Long.class).single();

        MvcResult result = UrgingFixture.perform(mvc, issue(key(), planId, justice), as(officer));

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from urging_letter").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theLettersPageListsAnIssuedLetterWithItsNumberUnitsAndLines() throws Exception {
        long letter = letterOf(UrgingFixture.perform(mvc, issue(key(), planId, justice, health), as(agency)));
        String number = jdbc.sql("select number from urging_letter where id = ?").param(letter).query(String.class).single();

        String page = mvc.perform(get("/urging/letters").with(as(agency))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(">" + number + "</a>", "Sở Tư pháp; Sở Y tế", "<td class=\"text-end\">3</td>");
    }

    private int status(String url, String user) throws Exception {
        return mvc.perform(get(url).with(as(user))).andReturn().getResponse().getStatus();
    }
}
