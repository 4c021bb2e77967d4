package vn.cchc.inspection;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.document.OfficialFormat;
import vn.cchc.document.OfficialTexts;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The notice of a steering-committee meeting's conclusions, in the Decree 30 layout, with the work each unit was given. */
@Component
class MeetingNotices {

    private static final Locale VI = Vietnamese.LOCALE;

    private final JdbcClient jdbc;
    private final OfficialTexts texts;
    private final MessageSource messages;

    MeetingNotices(JdbcClient jdbc, OfficialTexts texts, MessageSource messages) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.messages = messages;
    }

    /** The Word notice, for the callers that only offer the editable file. */
    public Optional<byte[]> docx(long meetingId) {
        return document(meetingId, OfficialFormat.DOCX);
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> document(long meetingId, OfficialFormat format) {
        List<Map<String, Object>> rows = jdbc.sql("select held_on, chair, attendees, notice_number, notice_date from steering_meeting where id = ?")
                .param(meetingId).query().listOfRows();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> m = rows.get(0);
        LocalDate heldOn = ((java.sql.Date) m.get("held_on")).toLocalDate();
        List<ConclusionNotice.Line> lines = new ArrayList<>();
        lines.add(new ConclusionNotice.Line(msg("meeting.notice.intro", VietnameseDates.format(heldOn), m.get("chair"),
                String.join(", ", ((String) m.get("attendees")).lines().toList())), false));
        lines.add(new ConclusionNotice.Line(msg("meeting.notice.conclusions"), true));
        Set<String> recipients = new LinkedHashSet<>();
        List<List<String>> work = new ArrayList<>();
        jdbc.sql("select position, content, unit_names, deadline_text from meeting_conclusion where meeting_id = ? order by position")
                .param(meetingId).query((rs, n) -> {
                    String number = String.valueOf(rs.getInt(1) + 1);
                    lines.add(new ConclusionNotice.Line(number + ". " + rs.getString(2), false));
                    if (rs.getString(3) != null) {
                        work.add(List.of(number, rs.getString(2), rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4)));
                        List.of(rs.getString(3).split(", ")).forEach(recipients::add);
                    }
                    return number;
                }).list();
        if (!work.isEmpty()) {
            lines.add(new ConclusionNotice.Line(msg("meeting.notice.assignments"), true));
        }
        List<String> to = new ArrayList<>(recipients);
        to.add(msg("inspection.notice.archive"));
        ConclusionNotice notice = new ConclusionNotice(
                texts.heading("Số: " + m.get("notice_number"), msg("inspection.notice.type"),
                        msg("meeting.notice.summary", VietnameseDates.format(heldOn)),
                        ((java.sql.Date) m.get("notice_date")).toLocalDate()),
                lines, List.of(msg("inspection.notice.col.number"), msg("inspection.notice.col.content"),
                msg("inspection.notice.col.unit"), msg("inspection.notice.col.deadline")), work, to);
        return Optional.of(notice.write(texts, format));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
