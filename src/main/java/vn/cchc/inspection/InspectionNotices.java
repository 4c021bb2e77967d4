package vn.cchc.inspection;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
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
import java.util.Set;

/** The conclusion notice of a recorded inspection, in the Decree 30 layout. */
@Component
class InspectionNotices {

    private static final Locale VI = Vietnamese.LOCALE;

    private final JdbcClient jdbc;
    private final OfficialTexts texts;
    private final MessageSource messages;
    private final Directory directory;

    InspectionNotices(JdbcClient jdbc, OfficialTexts texts, MessageSource messages, Directory directory) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.messages = messages;
        this.directory = directory;
    }

    /** The Word notice, for the callers that only offer the editable file. */
    public java.util.Optional<byte[]> docx(long inspectionId) {
        return document(inspectionId, OfficialFormat.DOCX);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<byte[]> document(long inspectionId, OfficialFormat format) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select i.unit_id, i.kind, i.inspected_on, i.notice_number, i.notice_date, p.title as plan_title
                        from inspection i left join inspection_plan p on p.id = i.plan_id where i.id = ?""")
                .param(inspectionId).query().listOfRows();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Object> i = rows.get(0);
        String unit = directory.findById(((Number) i.get("unit_id")).longValue()).map(UnitRef::name).orElse("");
        String kind = msg("inspection.kind." + i.get("kind"));
        LocalDate inspectedOn = ((java.sql.Date) i.get("inspected_on")).toLocalDate();
        List<ConclusionNotice.Line> lines = new ArrayList<>();
        String basis = i.get("plan_title") == null ? msg("inspection.notice.surprise")
                : msg("inspection.notice.basis", i.get("plan_title"));
        lines.add(new ConclusionNotice.Line(msg("inspection.notice.intro", basis, VietnameseDates.format(inspectedOn), kind, unit), false));
        lines.add(new ConclusionNotice.Line(msg("inspection.notice.findings"), true));
        jdbc.sql("select area, text from inspection_finding where inspection_id = ? order by position").param(inspectionId)
                .query((rs, n) -> new ConclusionNotice.Line("- " + msg("plan.area." + rs.getString(1)) + ": "
                        + rs.getString(2), false)).list().forEach(lines::add);
        lines.add(new ConclusionNotice.Line(msg("inspection.notice.recommendations", unit), true));
        Set<String> recipients = new LinkedHashSet<>(List.of(unit));
        List<List<String>> work = jdbc.sql("""
                        select r.position, r.content, r.unit_id, r.deadline_text from inspection_recommendation r
                        where r.inspection_id = ? order by r.position""").param(inspectionId)
                .query((rs, n) -> {
                    String responsible = directory.findById(rs.getLong(3)).map(UnitRef::name).orElse("");
                    recipients.add(responsible);
                    return List.of(String.valueOf(rs.getInt(1) + 1), rs.getString(2), responsible,
                            rs.getString(4) == null ? "" : rs.getString(4));
                }).list();
        List<String> to = new ArrayList<>(recipients);
        to.add(msg("inspection.notice.archive"));
        LocalDate noticeDate = ((java.sql.Date) i.get("notice_date")).toLocalDate();
        ConclusionNotice notice = new ConclusionNotice(
                texts.heading("Số: " + i.get("notice_number"), msg("inspection.notice.type"),
                        msg("inspection.notice.summary", kind.toLowerCase(VI), unit), noticeDate),
                lines, List.of(msg("inspection.notice.col.number"), msg("inspection.notice.col.content"),
                msg("inspection.notice.col.unit"), msg("inspection.notice.col.deadline")), work, to);
        return java.util.Optional.of(notice.write(texts, format));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
