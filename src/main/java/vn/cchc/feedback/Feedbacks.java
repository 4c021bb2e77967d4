package vn.cchc.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The SQL of the feedback cases, their files and their steps. */
@Repository
class Feedbacks {

    private static final String SELECT = """
            select f.*, ff.name as field_name, su.name as suggested_unit_name, u.name as unit_name
            from feedback f
            left join feedback_field ff on ff.code = f.field_code
            left join unit su on su.id = f.suggested_unit_id
            left join unit u on u.id = f.unit_id
            """;

    record NewCase(String code, UUID submissionKey, FeedbackKind kind, String senderName, String senderAddress,
                   String senderPhone, String senderEmail, String title, String content, String agencyText,
                   Long suggestedUnitId, LocalDate receivedOn, Instant receivedAt, LocalDate dueOn, String fromAddress,
                   String searchKey) {
    }

    record Row(long id, String code, String title, FeedbackStatus status, String unitName, LocalDate receivedOn,
               LocalDate dueOn, LocalDate answeredOn, boolean paused) {
    }

    record Step(FeedbackStatus status, LocalDate onDay, String note) {
    }

    record StoredFile(long id, String filename, String contentType, long sizeBytes, byte[] content) {
    }

    private final JdbcClient jdbc;

    Feedbacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new case's id, or empty when a case with this submission key exists (the same form sent again). */
    Optional<Long> insert(NewCase c) {
        return jdbc.sql("""
                        insert into feedback (code, submission_key, kind, sender_name, sender_address, sender_phone,
                                              sender_email, title, content, agency_text, suggested_unit_id, status,
                                              received_on, received_at, due_on, from_address, search_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?)
                        on conflict (submission_key) do nothing returning id""")
                .params(c.code(), c.submissionKey(), c.kind().name(), c.senderName(), c.senderAddress(), c.senderPhone(),
                        c.senderEmail(), c.title(), c.content(), c.agencyText(), c.suggestedUnitId(), c.receivedOn(),
                        Timestamp.from(c.receivedAt()), c.dueOn(), c.fromAddress(), c.searchKey())
                .query(Long.class).optional();
    }

    Optional<String> codeOfSubmission(UUID key) {
        return jdbc.sql("select code from feedback where submission_key = ?").param(key).query(String.class).optional();
    }

    Optional<FeedbackCase> find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(Feedbacks::map).optional();
    }

    Optional<FeedbackCase> findByCode(String code) {
        return jdbc.sql(SELECT + " where f.code = ?").param(code).query(Feedbacks::map).optional();
    }

    /**
     * The guarded step: the case moves from {@code from} to {@code to} only if it is still in {@code from}, with the
     * columns {@code assignments} sets ("unit_id = ?, question = ?") given {@code params}; false when someone was first.
     */
    boolean move(long id, FeedbackStatus from, FeedbackStatus to, String assignments, Object... params) {
        List<Object> all = new ArrayList<>();
        all.add(to.name());
        all.addAll(List.of(params));
        all.add(id);
        all.add(from.name());
        return jdbc.sql("update feedback set status = ?" + (assignments.isEmpty() ? "" : ", " + assignments)
                + " where id = ? and status = ?").params(all).update() == 1;
    }

    void step(long id, FeedbackStatus status, LocalDate day, Instant at, String note, String actor) {
        jdbc.sql("insert into feedback_step (feedback_id, status, on_day, at, note, actor) values (?, ?, ?, ?, ?, ?)")
                .params(id, status.name(), day, Timestamp.from(at), note, actor).update();
    }

    List<Step> steps(long id) {
        return jdbc.sql("select status, on_day, note from feedback_step where feedback_id = ? order by id")
                .param(id).query((rs, n) -> new Step(FeedbackStatus.valueOf(rs.getString("status")),
                        rs.getDate("on_day").toLocalDate(), rs.getString("note"))).list();
    }

    void addFile(long id, String filename, String contentType, byte[] content, String sha256) {
        jdbc.sql("""
                        insert into feedback_file (feedback_id, filename, content_type, size_bytes, sha256, content)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, filename, contentType, content.length, sha256, content).update();
    }

    List<StoredFile> files(long id) {
        return jdbc.sql("select id, filename, content_type, size_bytes from feedback_file where feedback_id = ? order by id")
                .param(id).query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), null)).list();
    }

    Optional<StoredFile> file(long id, long fileId) {
        return jdbc.sql("select * from feedback_file where feedback_id = ? and id = ?").params(id, fileId)
                .query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getBytes("content"))).optional();
    }

    /** A page of cases, newest first, in one status or all, of one unit or (null) of every unit. */
    Page<Row> list(FeedbackStatus status, Long unitId, PageRequest page) {
        return Page.of(jdbc.sql("""
                        select f.id, f.code, f.title, f.status, u.name as unit_name, f.received_on, f.due_on,
                               f.answered_on, f.remaining_days
                        from feedback f left join unit u on u.id = f.unit_id
                        where (cast(? as text) is null or f.status = ?) and (cast(? as bigint) is null or f.unit_id = ?)
                        order by f.received_at desc, f.id desc limit ? offset ?""")
                .params(status == null ? null : status.name(), status == null ? null : status.name(), unitId, unitId,
                        page.limitPlusOne(), page.offset())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        FeedbackStatus.valueOf(rs.getString("status")), rs.getString("unit_name"),
                        rs.getDate("received_on").toLocalDate(), rs.getDate("due_on").toLocalDate(),
                        date(rs, "answered_on"), rs.getObject("remaining_days") != null)).list(), page);
    }

    Map<FeedbackStatus, Long> counts(Long unitId) {
        Map<FeedbackStatus, Long> counts = new EnumMap<>(FeedbackStatus.class);
        for (FeedbackStatus s : FeedbackStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.sql("select status, count(*) from feedback where cast(? as bigint) is null or unit_id = ? group by status")
                .params(unitId, unitId)
                .query(rs -> {
                    counts.put(FeedbackStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Published cases, newest first; {@code folded} (lower case, no diacritics) narrows them when given. */
    Page<FeedbackCase> published(String folded, PageRequest page) {
        return Page.of(jdbc.sql(SELECT + """
                         where f.status = 'PUBLISHED' and (cast(? as text) is null or f.search_key like '%' || ? || '%')
                         order by f.published_on desc, f.id desc limit ? offset ?""")
                .params(folded, folded, page.limitPlusOne(), page.offset()).query(Feedbacks::map).list(), page);
    }

    private static FeedbackCase map(ResultSet rs, int n) throws SQLException {
        return new FeedbackCase(rs.getLong("id"), rs.getString("code"), FeedbackKind.valueOf(rs.getString("kind")),
                rs.getString("sender_name"), rs.getString("sender_address"), rs.getString("sender_phone"),
                rs.getString("sender_email"), rs.getString("title"), rs.getString("content"), rs.getString("agency_text"),
                rs.getString("field_code"), rs.getString("field_name"), (Long) rs.getObject("suggested_unit_id", Long.class),
                rs.getString("suggested_unit_name"), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                FeedbackStatus.valueOf(rs.getString("status")), date(rs, "received_on"),
                rs.getTimestamp("received_at").toInstant(), date(rs, "due_on"), rs.getObject("remaining_days", Integer.class),
                rs.getString("refusal_reason"), rs.getString("question"), rs.getString("citizen_reply"),
                rs.getString("answer"), rs.getString("answered_by"), date(rs, "answered_on"),
                rs.getString("published_by"), date(rs, "published_on"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
