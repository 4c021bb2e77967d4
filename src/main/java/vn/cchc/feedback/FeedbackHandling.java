package vn.cchc.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.calendar.WorkingDays;
import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.Directory;
import vn.cchc.directory.ResolvedAgency;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseFolding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officers' steps of a case, each a guarded transition (the row moves only from the state it was read in, so a
 * double click or two officers at once act once), audited in the same transaction and recorded as a step the citizen
 * sees. The standing agency accepts or refuses, assigns the unit, returns or publishes an answer; only an officer of
 * the assigned unit asks the citizen or answers; nobody publishes an answer they wrote.
 */
@Service
public class FeedbackHandling {

    private final Feedbacks cases;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Directory directory;
    private final AgencyResolver agencies;
    private final WorkingDays workingDays;
    private final JdbcClient jdbc;
    private final Clock clock;

    FeedbackHandling(Feedbacks cases, AuditLog audit, UnitAccess access, Directory directory, AgencyResolver agencies,
                     WorkingDays workingDays, JdbcClient jdbc, Clock clock) {
        this.agencies = agencies;
        this.cases = cases;
        this.audit = audit;
        this.access = access;
        this.directory = directory;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The standing agency takes the case in, in a field (lĩnh vực) it is counted by. */
    @Transactional
    public void accept(String code, String fieldCode) {
        FeedbackCase c = standing(code);
        String field = fieldCode == null ? "" : fieldCode.strip();
        if (jdbc.sql("select count(*) from feedback_field where code = ?").param(field).query(Long.class).single() == 0) {
            throw new FeedbackRejected("Lĩnh vực: " + (field.isEmpty() ? "chưa chọn." : "không có lĩnh vực \"" + field + "\"."));
        }
        move(c, FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED, "field_code = ?", null, Map.of("field", field), field);
    }

    /** The standing agency refuses a case outside the decree's scope, saying why; the citizen sees the reason. */
    @Transactional
    public void refuse(String code, String reason) {
        FeedbackCase c = standing(code);
        String why = text(reason, "Lý do từ chối");
        move(c, FeedbackStatus.RECEIVED, FeedbackStatus.REFUSED, "refusal_reason = ?", why, Map.of("reason", why), why);
    }

    /** The standing agency confirms the responsible unit (the suggested one, or another), by its code or its name. */
    @Transactional
    public void assign(String code, String unitCodeOrName) {
        FeedbackCase c = standing(code);
        String typed = unitCodeOrName == null ? "" : unitCodeOrName.strip();
        UnitRef unit = typed.isEmpty() ? null : directory.findByCode(typed)
                .or(() -> agencies.resolve(typed, LocalDate.now(clock)).stream().map(ResolvedAgency::unit)
                        .filter(java.util.Objects::nonNull).findFirst()).orElse(null);
        if (unit == null) {
            throw new FeedbackRejected("Đơn vị xử lý: " + (typed.isEmpty() ? "chưa có."
                    : "không tìm thấy đơn vị \"" + typed + "\" (ghi mã hoặc tên đơn vị, ví dụ SO_TU_PHAP hoặc Sở Tư pháp)."));
        }
        move(c, FeedbackStatus.ACCEPTED, FeedbackStatus.ASSIGNED, "unit_id = ?", "Chuyển " + unit.name() + " xử lý",
                Map.of("unit", unit.name()), unit.id());
    }

    /** The assigned unit asks the citizen for more; the working days left are kept and the clock stops. */
    @Transactional
    public void ask(String code, String question) {
        FeedbackCase c = ownUnit(code);
        String q = text(question, "Nội dung cần bổ sung");
        LocalDate today = LocalDate.now(clock);
        int left = Math.max(0, workingDays.countBetween(today, c.dueOn()));
        move(c, FeedbackStatus.ASSIGNED, FeedbackStatus.WAITING_FOR_CITIZEN, "question = ?, remaining_days = ?",
                "Đề nghị người gửi bổ sung: " + q, Map.of("question", q, "remaining_days", left), q, left);
    }

    /** The assigned unit answers. */
    @Transactional
    public void answer(String code, String answer) {
        FeedbackCase c = ownUnit(code);
        String a = text(answer, "Nội dung trả lời");
        move(c, FeedbackStatus.ASSIGNED, FeedbackStatus.ANSWERED, "answer = ?, answered_by = ?, answered_on = ?",
                "Đơn vị đã trả lời", Map.of("answer", a), a, CurrentUser.require().username(), LocalDate.now(clock));
    }

    /** The standing agency sends an answer back to the unit with a reason; its due day stays. */
    @Transactional
    public void returnAnswer(String code, String reason) {
        FeedbackCase c = standing(code);
        String why = text(reason, "Lý do trả lại");
        move(c, FeedbackStatus.ANSWERED, FeedbackStatus.ASSIGNED, "answer = null, answered_by = null, answered_on = null",
                null, Map.of("returned", why));
    }

    /** The standing agency publishes the answer, masked; never the person who wrote it. */
    @Transactional
    public void publish(String code) {
        FeedbackCase c = standing(code);
        CchcUser me = CurrentUser.require();
        if (me.username().equals(c.answeredBy())) {
            throw new FeedbackRejected("Bạn đã viết câu trả lời cho phản ánh " + c.code()
                    + ": một cán bộ khác của cơ quan thường trực phải duyệt công khai.");
        }
        PublicCase shown = PublicCase.of(c);
        String key = VietnameseFolding.fold(shown.title() + " " + shown.content() + " " + shown.answer());
        move(c, FeedbackStatus.ANSWERED, FeedbackStatus.PUBLISHED, "published_by = ?, published_on = ?, search_key = ?",
                "Công khai kết quả trả lời", Map.of(), me.username(), LocalDate.now(clock), key);
    }

    private void move(FeedbackCase c, FeedbackStatus from, FeedbackStatus to, String assignments, String note,
                      Map<String, Object> facts, Object... params) {
        if (c.status() != from) {
            throw notIn(c, from);
        }
        if (!cases.move(c.id(), from, to, assignments, params)) {
            throw notIn(c, from);
        }
        LocalDate today = LocalDate.now(clock);
        cases.step(c.id(), to, today, clock.instant(), note, CurrentUser.require().username());
        Map<String, Object> after = new LinkedHashMap<>(facts);
        after.put("status", to.name());
        audit.updated("feedback", c.id(), Map.of("status", from.name()), after,
                "Phản ánh " + c.code() + ": " + from.name() + " → " + to.name() + " ngày " + VietnameseDates.format(today));
    }

    private static FeedbackRejected notIn(FeedbackCase c, FeedbackStatus expected) {
        return new FeedbackRejected("Phản ánh " + c.code() + " không còn ở bước này (có thể người khác vừa xử lý). "
                + "Hãy tải lại trang.");
    }

    private FeedbackCase standing(String code) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực (Sở Nội vụ) thực hiện bước này.");
        }
        return find(code);
    }

    /** Only an officer of the assigned unit itself: not the administrator, not another unit. */
    private FeedbackCase ownUnit(String code) {
        FeedbackCase c = find(code);
        CchcUser me = CurrentUser.require();
        boolean officer = me.has(Role.UNIT_OFFICER) || me.has(Role.STANDING_AGENCY);
        if (c.unitId() == null || c.unitId() != me.unitId() || !officer) {
            throw new AccessDeniedException("Chỉ cán bộ của đơn vị được giao xử lý phản ánh này mới được trả lời.");
        }
        return c;
    }

    private FeedbackCase find(String code) {
        return cases.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new FeedbackRejected("Không có phản ánh mã \"" + code + "\"."));
    }

    private static String text(String typed, String field) {
        if (typed == null || typed.isBlank()) {
            throw new FeedbackRejected(field + ": chưa có.");
        }
        if (typed.strip().length() > FeedbackIntake.MAX_CONTENT) {
            throw new FeedbackRejected(field + ": quá " + FeedbackIntake.MAX_CONTENT + " ký tự.");
        }
        return typed.strip();
    }

    /** Used by the pages to list the fields in the acceptance form. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> fields() {
        return jdbc.sql("select code, name from feedback_field order by sort_order").query().listOfRows();
    }
}
