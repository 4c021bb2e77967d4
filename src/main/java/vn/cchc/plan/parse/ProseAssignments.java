package vn.cchc.plan.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.directory.AgencyHeadWords;

/**
 * Assignments written as prose rather than in table cells: "giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND
 * tỉnh, Sở Tài chính … và các cơ quan liên quan" inside a task paragraph, and the list form under a task
 * ("- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …", "- Thời gian hoàn thành: …", "- Sản phẩm: …"). Agency lists
 * are cut where a new agency name begins (an agency's head word after a comma or "và"), so "Sở Thông tin và
 * Truyền thông" and "các sở, ban, ngành" stay whole.
 */
final class ProseAssignments {

    enum Field { LEAD, COORDINATE, DEADLINE, OUTPUT }

    record ListField(Field field, String value) {
    }

    private static final String HEAD = AgencyHeadWords.pattern();
    private static final Pattern LIST_FIELD = Pattern.compile(
            "^[-+•]?\\s*(?:(?:Đơn vị|Cơ quan)\\s+)?(chủ trì|phối hợp|thời gian(?: hoàn thành| thực hiện)?|thời hạn(?: hoàn thành)?"
                    + "|sản phẩm|kết quả(?: đầu ra)?)(?:\\s+thực hiện)?\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSIGNED = Pattern.compile(
            "(?:\\b[Gg]iao(?:\\s+cho)?|^(?=" + HEAD + "\\b))\\s*(" + HEAD + "\\b.+?)\\s+(?:là cơ quan\\s+|làm\\s+)?chủ trì"
                    + "(?:\\s*,?\\s*(?:và\\s+)?phối hợp\\s+(?:với|cùng)\\s+(.+?))?"
                    + "(?=\\s+(?:tổ chức|triển khai|thực hiện|xây dựng|tham mưu|hướng dẫn|rà soát|theo dõi|nghiên cứu|đề xuất|trình"
                    + "|đôn đốc|kiểm tra|báo cáo)\\b|\\s*[.;:]|\\s*$)");
    private static final Pattern NEXT_AGENCY = Pattern.compile("\\s*(?:(?:,|…|\\.\\.\\.|\\bvà\\b)\\s*)+(?=" + HEAD + "\\b)");

    private ProseAssignments() {
    }

    static ListField listField(String line) {
        Matcher m = LIST_FIELD.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String label = VietnameseText.fold(m.group(1));
        Field field = label.startsWith("chu tri") ? Field.LEAD : label.startsWith("phoi hop") ? Field.COORDINATE
                : label.startsWith("thoi") ? Field.DEADLINE : Field.OUTPUT;
        return new ListField(field, VietnameseText.clean(m.group(2)));
    }

    /** Lead and coordinating agencies a sentence assigns; null when it assigns none. */
    static String[] inSentence(String text) {
        Matcher m = ASSIGNED.matcher(text);
        if (!m.find()) {
            return null;
        }
        return new String[] {m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip()};
    }

    /** "Văn phòng UBND tỉnh, Sở Tài chính … và các cơ quan liên quan" → the agencies, separated by ";". */
    static String agencyList(String text) {
        if (text == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : NEXT_AGENCY.split(text.replaceAll("[.;]+$", ""))) {
            if (!part.isBlank()) {
                parts.add(part.replaceAll("[\\s…]+$", "").strip());
            }
        }
        return String.join("; ", parts);
    }

    /** The task with one list field applied (the field's text replaces what the paragraph gave). */
    static PlanTask apply(PlanTask t, ListField f, AgencyCells agencies, LocalDate onDate, int planYear) {
        return switch (f.field()) {
            case LEAD -> new PlanTask(t.section(), t.number(), t.area(), t.content(), t.directedBy(),
                    agencies.refs(agencyList(f.value()), onDate), t.coordinate(), t.deadline(), t.output(), t.quarter(), t.warnings());
            case COORDINATE -> new PlanTask(t.section(), t.number(), t.area(), t.content(), t.directedBy(), t.lead(),
                    agencies.refs(agencyList(f.value()), onDate), t.deadline(), t.output(), t.quarter(), t.warnings());
            case DEADLINE -> {
                ParsedDeadline d = DeadlineParser.inSentence(f.value(), planYear);
                if (d.text() == null) {
                    d = DeadlineParser.parse(f.value(), planYear);
                }
                List<String> warnings = new ArrayList<>(t.warnings());
                warnings.addAll(d.warnings());
                yield new PlanTask(t.section(), t.number(), t.area(), t.content(), t.directedBy(), t.lead(), t.coordinate(),
                        d, t.output(), t.quarter(), warnings);
            }
            case OUTPUT -> new PlanTask(t.section(), t.number(), t.area(), t.content(), t.directedBy(), t.lead(),
                    t.coordinate(), t.deadline(), f.value(), t.quarter(), t.warnings());
        };
    }
}
