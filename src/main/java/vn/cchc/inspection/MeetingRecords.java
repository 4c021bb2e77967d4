package vn.cchc.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading steering-committee meetings back for the screens: a page of the list, and one meeting with its conclusions. */
@Component
class MeetingRecords {

    record Line(long id, LocalDate heldOn, String chair, String noticeNumber, int conclusions) {
    }

    /** A conclusion; {@code units} and {@code taskId} are null when it assigns no work. */
    record Conclusion(int position, String content, String area, String units, String deadline, String warning, Long taskId) {
    }

    record Meeting(long id, LocalDate heldOn, String chair, List<String> attendees, String noticeNumber,
                   LocalDate noticeDate, Long followUpPlanId, List<Conclusion> conclusions) {
    }

    private final JdbcClient jdbc;

    MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Page<Line> list(PageRequest page) {
        return Page.of(jdbc.sql("""
                        select m.id, m.held_on, m.chair, m.notice_number,
                               (select count(*) from meeting_conclusion c where c.meeting_id = m.id) as conclusions
                        from steering_meeting m order by m.held_on desc, m.id desc limit ? offset ?""")
                .params(page.limitPlusOne(), page.offset())
                .query((rs, n) -> new Line(rs.getLong("id"), rs.getDate("held_on").toLocalDate(), rs.getString("chair"),
                        rs.getString("notice_number"), rs.getInt("conclusions"))).list(), page);
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(long id) {
        List<Conclusion> conclusions = jdbc.sql("""
                        select position, content, area, unit_names, deadline_text, warning, task_id
                        from meeting_conclusion where meeting_id = ? order by position""")
                .param(id).query((rs, n) -> new Conclusion(rs.getInt(1) + 1, rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7))).list();
        return jdbc.sql("""
                        select id, held_on, chair, attendees, notice_number, notice_date, follow_up_plan_id
                        from steering_meeting where id = ?""")
                .param(id).query((rs, n) -> new Meeting(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4).lines().toList(), rs.getString(5), rs.getDate(6).toLocalDate(),
                        (Long) rs.getObject(7), conclusions)).optional();
    }
}
