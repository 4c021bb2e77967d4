package vn.cchc.plan;

import vn.cchc.directory.Directory;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Plans built from the words of seed 001 (02/KH-BCĐ), each with its own number so tests do not meet. */
final class PlanFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private PlanFixtures() {
    }

    static long unit(Directory directory, String code) {
        return directory.findByCode(code).orElseThrow().id();
    }

    static PlanDraft.Task task(String number, String content, long leadUnitId, String leadName, LocalDate due) {
        return new PlanDraft.Task("II", number, "PROCEDURES", content, "Phó Chủ tịch UBND tỉnh",
                List.of(new PlanDraft.Agency(leadName, leadUnitId)), List.of(new PlanDraft.Agency("Các sở, ban, ngành", null)),
                due == null ? "Trong năm" : "Quý I/" + due.getYear(), due == null ? "ONGOING" : "DATED",
                due == null ? List.of() : List.of(new PlanDraft.Due(due, "QUARTER")), null, "Báo cáo kết quả", null, false,
                List.of());
    }

    static PlanDraft plan(List<PlanDraft.Task> tasks) {
        int n = SEQ.incrementAndGet();
        return new PlanDraft(n + "/KH-BCĐ", "PLAN", "Kế hoạch công tác của Ban Chỉ đạo cải cách hành chính tỉnh Nghệ An năm 2024",
                "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", "Nghệ An", LocalDate.of(2024, 1, 25), "Lê Hồng Vinh", "PHÓ CHỦ TỊCH", 2024,
                "Chọn việc trọng tâm - Hành động quyết liệt", "Lãnh đạo, chỉ đạo toàn diện 6 nội dung CCHC", null,
                List.of(new PlanDraft.Reference("05-NQ/TU", LocalDate.of(2021, 12, 14), "IMPLEMENTS")),
                List.of(new PlanDraft.Target("100% văn bản được ký số", "văn bản được ký số", "=", new java.math.BigDecimal("100"), "%")),
                tasks, List.of(), null);
    }
}
