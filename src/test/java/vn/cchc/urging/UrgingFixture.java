package vn.cchc.urging;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.cchc.directory.Directory;
import vn.cchc.plan.PlanDraft;
import vn.cchc.plan.PlanPublication;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A published plan of the test's own, with tasks led by units it names and due on days it names, and the urging form. */
final class UrgingFixture {

    private static final AtomicInteger SEQ = new AtomicInteger(500);

    private UrgingFixture() {
    }

    /** A task of the plan: its number, content, the lead unit's code and its due date. */
    record Task(String number, String content, String unitCode, LocalDate due) {
    }

    static long publish(PlanPublication publication, Directory directory, List<Task> tasks) {
        int n = SEQ.incrementAndGet();
        List<PlanDraft.Task> drafts = tasks.stream().map(t -> {
            var unit = directory.findByCode(t.unitCode()).orElseThrow();
            return new PlanDraft.Task("II", t.number(), "PROCEDURES", t.content(), "Phó Chủ tịch UBND tỉnh",
                    List.of(new PlanDraft.Agency(unit.name(), unit.id())), List.of(),
                    "Trước ngày " + t.due().getDayOfMonth() + "/" + t.due().getMonthValue() + "/" + t.due().getYear(),
                    "DATED", List.of(new PlanDraft.Due(t.due(), "DAY")), null, "Báo cáo kết quả", null, false, List.of());
        }).toList();
        PlanDraft draft = new PlanDraft(n + "/KH-UBND", "PLAN", "Kế hoạch cải cách hành chính thử nghiệm đôn đốc số " + n,
                "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Nghệ An", LocalDate.of(2026, 1, 10), "Lê Hồng Vinh", "PHÓ CHỦ TỊCH", 2026,
                null, null, null, List.of(), List.of(), drafts, List.of(), null);
        return publication.publish(draft, false).planId();
    }

    static MockHttpServletRequestBuilder issue(String key, long planId, long... unitIds) {
        MockHttpServletRequestBuilder b = post("/urging/letters").with(csrf()).param("key", key)
                .param("source", "TASKS").param("planId", String.valueOf(planId));
        for (long u : unitIds) {
            b = b.param("unitIds", String.valueOf(u));
        }
        return b;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    /** The letter a successful issue redirected to. */
    static long letterOf(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.startsWith("/urging/letters/")) {
            throw new AssertionError("no letter issued, redirected to " + location);
        }
        return Long.parseLong(location.substring("/urging/letters/".length()));
    }

    static MvcResult perform(MockMvc mvc, MockHttpServletRequestBuilder request, RequestPostProcessor as) throws Exception {
        return mvc.perform(request.with(as)).andReturn();
    }
}
