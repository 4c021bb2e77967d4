package vn.cchc.propaganda;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.plan.PlanDraft;
import vn.cchc.plan.PlanPublication;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outputs logged against the contents of a quarterly propaganda orientation (as seed 000 writes them: quarter I and II
 * contents led by Báo Nghệ An and the provincial radio-TV); the tallies are the sums of what the test logged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PropagandaOutputTest extends CchcIntegrationTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanPublication publication;
    @Autowired
    Plans plans;
    @Autowired
    TransactionTemplate tx;

    String justiceOfficer;
    String scienceOfficer;
    long planId;
    List<Long> contents;

    @BeforeAll
    void orientationAndAccounts() {
        TestAccounts accounts = new TestAccounts(context);
        justiceOfficer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        scienceOfficer = accounts.create(Role.UNIT_OFFICER, "SO_KHCN");
        List<PlanDraft.Agency> outlets = List.of(new PlanDraft.Agency("Đài Phát thanh - Truyền hình Nghệ An", null),
                new PlanDraft.Agency("Báo Nghệ An", null));
        List<PlanDraft.Task> tasks = List.of(
                content("1", "Chương trình cải cách hành chính tỉnh Nghệ An giai đoạn 2021 - 2030", 1, outlets),
                content("2", "Kế hoạch kiểm tra CCHC năm 2025", 1, outlets),
                content("3", "Đánh giá tình hình CCHC tỉnh Nghệ An Quý I/2025", 2, outlets));
        PlanDraft orientation = new PlanDraft("28/SNV-CCHC", "OFFICIAL_LETTER",
                "Định hướng nội dung trọng tâm công tác tuyên truyền cải cách hành chính năm 2025", "Sở Nội vụ", "Nghệ An",
                LocalDate.of(2025, 1, 8), null, null, 2025, null, null, null, List.of(), List.of(), tasks, List.of(), null);
        planId = tx.execute(s -> publication.publish(orientation, false)).planId();
        contents = plans.tasks(TaskFilter.ofPlan(planId)).stream().map(TaskRow::id).toList();
    }

    private static PlanDraft.Task content(String number, String text, int quarter, List<PlanDraft.Agency> lead) {
        return new PlanDraft.Task("Quý " + quarter, number, "PROPAGANDA", text, null, lead, List.of(), null, "UNSPECIFIED",
                List.of(), null, null, quarter, false, List.of());
    }

    record Logged(long content, String kind, String count, String day, String outlet) {
        int quarter() {
            return (LocalDate.parse(day).getMonthValue() + 2) / 3;
        }
    }

    private ResultActions log(String user, String unit, Logged o) throws Exception {
        var request = multipart("/api/v1/propaganda/outputs").param("unit", unit).param("content", Long.toString(o.content()))
                .param("kind", o.kind()).param("count", o.count()).param("publishedOn", o.day())
                .param("title", "Tin bài CCHC số " + SEQ.incrementAndGet());
        if (o.outlet() != null) {
            request.param("outlet", o.outlet());
        }
        return mvc.perform(request.with(as(user)));
    }

    @Test
    void talliesByQuarterKindAndOutletAreTheSumsOfWhatTheUnitLogged() throws Exception {
        List<Logged> logged = List.of(
                new Logged(contents.get(0), "NEWS_ARTICLE", "3", "2025-02-10", "Báo Nghệ An"),
                new Logged(contents.get(1), "NEWS_ARTICLE", "2", "2025-03-05", "BAO_NGHE_AN"),
                new Logged(contents.get(0), "BROADCAST", "1", "2025-03-20", "Đài Phát thanh - Truyền hình Nghệ An"),
                new Logged(contents.get(2), "LEAFLET", "1.200", "2025-05-12", null),
                new Logged(contents.get(2), "NEWS_ARTICLE", "4", "2025-06-02", "Báo Nghệ An"));
        for (Logged o : logged) {
            log(scienceOfficer, "SO_KHCN", o).andExpect(status().isOk());
        }
        Map<String, Long> expected = new TreeMap<>();
        for (Logged o : logged) {
            String outlet = o.outlet() == null ? "-" : o.outlet().startsWith("Đài") ? "Đài Phát thanh và Truyền hình tỉnh" : "Báo Nghệ An";
            expected.merge(o.quarter() + "|" + o.kind() + "|" + outlet, Long.parseLong(o.count().replace(".", "")), Long::sum);
        }
        String json = mvc.perform(get("/api/v1/propaganda/tallies").param("year", "2025").param("unit", "SO_KHCN")
                .with(as(scienceOfficer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Long> tallied = new TreeMap<>();
        var m = java.util.regex.Pattern.compile(
                "\\{\"quarter\":(\\d),\"kind\":\"(\\w+)\",\"outlet\":(null|\"[^\"]*\"),\"outputs\":(\\d+)").matcher(json);
        while (m.find()) {
            tallied.put(m.group(1) + "|" + m.group(2) + "|" + (m.group(3).equals("null") ? "-" : m.group(3).replace("\"", "")),
                    Long.parseLong(m.group(4)));
        }
        assertThat(tallied).isEqualTo(expected);
        assertThat(json).contains("\"outputsText\":\"1.200\"");
    }

    @Test
    void aUnitCannotLogForAnotherUnit() throws Exception {
        long before = jdbc.sql("select count(*) from propaganda_output").query(Long.class).single();
        log(justiceOfficer, "SO_KHCN", new Logged(contents.get(0), "NEWS_ARTICLE", "1", "2025-02-11", "Báo Nghệ An"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from propaganda_output").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anUnknownOutletIsRefusedNamingTheOutletsThereAre() throws Exception {
        log(justiceOfficer, "SO_TU_PHAP", new Logged(contents.get(0), "NEWS_ARTICLE", "1", "2025-02-11", "Báo Thanh Niên"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value("Cơ quan báo chí: không có \"Báo Thanh Niên\" trong danh sách "
                        + "(Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh)."));
    }

    @Test
    void aCountWithADecimalPointTheEnglishWayIsRefusedWithHowToWriteIt() throws Exception {
        log(justiceOfficer, "SO_TU_PHAP", new Logged(contents.get(0), "LEAFLET", "12.5", "2025-02-11", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(startsWith("Số lượng: \"12.5\"")));
    }

    @Test
    void oneThousandTwoHundredLeafletsTypedTheVietnameseWayAreStoredAs1200() throws Exception {
        String answer = log(justiceOfficer, "SO_TU_PHAP", new Logged(contents.get(1), "LEAFLET", "1.200", "2025-03-01", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(answer.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        assertThat(jdbc.sql("select count from propaganda_output where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(1200);
    }

    @Test
    void theSameOutputLoggedTwiceIsOneOutput() throws Exception {
        var request = multipart("/api/v1/propaganda/outputs").param("unit", "SO_TU_PHAP")
                .param("content", Long.toString(contents.get(1))).param("kind", "REPORTAGE").param("count", "1")
                .param("publishedOn", "2025-03-10").param("outlet", "Đài Phát thanh và Truyền hình tỉnh")
                .param("title", "Phóng sự: Một cửa liên thông ở Sở Tư pháp");
        mvc.perform(request.with(as(justiceOfficer))).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(true));
        mvc.perform(request.with(as(justiceOfficer))).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false));
        assertThat(jdbc.sql("select count(*) from propaganda_output where title = 'Phóng sự: Một cửa liên thông ở Sở Tư pháp'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotADocumentOrPictureIsRefusedByItsContent() throws Exception {
        mvc.perform(multipart("/api/v1/propaganda/outputs")
                        .file(new MockMultipartFile("file", "bai-viet.pdf", "application/pdf", "MZ\u0090 not a pdf".getBytes()))
                        .param("unit", "SO_TU_PHAP").param("content", Long.toString(contents.get(0))).param("kind", "BANNER")
                        .param("count", "2").param("publishedOn", "2025-02-20").param("title", "Pano tuyên truyền CCHC")
                        .with(as(justiceOfficer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(startsWith("Tệp đính kèm \"bai-viet.pdf\": không nhận loại tệp này; chỉ nhận PDF")));
    }

    @Test
    void theQuarterViewShowsThePlannedContentsAgainstThoseDelivered() throws Exception {
        log(justiceOfficer, "SO_TU_PHAP", new Logged(contents.get(0), "CONFERENCE", "1", "2025-03-25", null))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/propaganda/plans/{plan}/quarters/1", planId).with(as(justiceOfficer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planned").value(2))
                .andExpect(jsonPath("$.contents[0].lead[1]").value("Báo Nghệ An"))
                .andExpect(jsonPath("$.contents[0].byKind.CONFERENCE").isNumber());
    }

    @Test
    void anOutletSeesItsOwnListAndNotTheOthers() throws Exception {
        String title = "Tin bài CCHC số " + (SEQ.get() + 1);
        log(justiceOfficer, "SO_TU_PHAP", new Logged(contents.get(0), "NEWS_ARTICLE", "1", "2025-02-14", "Báo Nghệ An"))
                .andExpect(status().isOk());
        String newspaper = mvc.perform(get("/api/v1/propaganda/outlets/BAO_NGHE_AN/outputs").param("size", "100")
                .with(as(justiceOfficer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String radio = mvc.perform(get("/api/v1/propaganda/outlets/DAI_PTTH_NGHE_AN/outputs").param("size", "100")
                .with(as(justiceOfficer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(newspaper).contains("\"title\":\"" + title + "\"");
        assertThat(radio).doesNotContain("\"title\":\"" + title + "\"");
    }
}
