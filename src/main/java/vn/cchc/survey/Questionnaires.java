package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.NotVietnameseNumber;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaires and their versions. The standing agency edits items, scales, skip rules and weights; a version
 * that has a response is frozen, so an edit of it first copies it into the next version, and campaigns already
 * running keep the version they collect with. The version row is locked while an edit or a first response touches it,
 * so an edit cannot slip in beside the response that freezes the version.
 */
@Repository
class Questionnaires {

    record Summary(long questionnaireId, String code, String name, Questionnaire.Kind kind, long latestVersionId,
                   int latestNumber, boolean latestFrozen) {
    }

    record ItemForm(String text, Scale scale, String choices, String weight, String showIfItem, String showIfValues) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Clock clock;

    Questionnaires(JdbcClient jdbc, AuditLog audit, UnitAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    List<Summary> all() {
        return jdbc.sql("""
                        select q.id, q.code, q.name, q.kind, v.id as vid, v.number, v.frozen from survey_questionnaire q
                        join lateral (select * from survey_version x where x.questionnaire_id = q.id order by number desc limit 1) v on true
                        order by q.id""")
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        Questionnaire.Kind.valueOf(rs.getString("kind")), rs.getLong("vid"), rs.getInt("number"),
                        rs.getBoolean("frozen"))).list();
    }

    Optional<Questionnaire> version(long versionId) {
        List<Questionnaire> head = jdbc.sql("""
                        select v.id, q.id as qid, q.code, q.name, q.kind, v.number, v.frozen from survey_version v
                        join survey_questionnaire q on q.id = v.questionnaire_id where v.id = ?""")
                .param(versionId)
                .query((rs, n) -> new Questionnaire(rs.getLong("id"), rs.getLong("qid"), rs.getString("code"), rs.getString("name"),
                        Questionnaire.Kind.valueOf(rs.getString("kind")), rs.getInt("number"), rs.getBoolean("frozen"), List.of()))
                .list();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<Questionnaire.Item>> items = new LinkedHashMap<>();
        jdbc.sql("select * from survey_item where version_id = ? order by section_id, position, id").param(versionId)
                .query(rs -> {
                    items.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>()).add(new Questionnaire.Item(
                            rs.getLong("id"), rs.getString("code"), rs.getString("text"), Scale.valueOf(rs.getString("scale")),
                            texts(rs.getArray("choices")), rs.getBigDecimal("weight"), rs.getString("show_if_item"),
                            texts(rs.getArray("show_if_values")), rs.getBoolean("breakdown")));
                });
        List<Questionnaire.Section> sections = jdbc.sql("select * from survey_section where version_id = ? order by position, id")
                .param(versionId)
                .query((rs, n) -> new Questionnaire.Section(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        Questionnaire.SectionKind.valueOf(rs.getString("kind")), rs.getBigDecimal("weight"),
                        List.copyOf(items.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        Questionnaire q = head.get(0);
        return Optional.of(new Questionnaire(q.versionId(), q.questionnaireId(), q.code(), q.name(), q.kind(), q.number(),
                q.frozen(), sections));
    }

    /** Marks the version frozen (its first response is being stored); under the version's row lock. */
    void freeze(long versionId) {
        jdbc.sql("update survey_version set frozen = true where id = ? and not frozen").param(versionId).update();
    }

    /**
     * Changes one item; on a frozen version the change goes into a copy, the next version, which is returned. The
     * form's numbers are Vietnamese ("1,5"), the skip rule names an item of the same version and its answers.
     */
    @Transactional
    long editItem(long versionId, String itemCode, ItemForm form) {
        requireStandingAgency();
        long target = editable(versionId);
        Questionnaire q = version(target).orElseThrow();
        Questionnaire.Item item = q.item(itemCode).orElseThrow(() -> new SurveyRefused("Câu hỏi " + itemCode + ": không có trong phiên bản này."));
        List<String> problems = new ArrayList<>();
        Checked c = check(q, itemCode, form, problems);
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
        jdbc.sql("""
                        update survey_item set text = ?, scale = ?, choices = ?, weight = ?, show_if_item = ?, show_if_values = ?
                        where version_id = ? and code = ?""")
                .params(c.text(), c.scale().name(), c.choices().toArray(String[]::new), c.weight(), c.showIfItem(),
                        c.showIfValues().toArray(String[]::new), target, itemCode).update();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("text", item.text());
        before.put("scale", item.scale().name());
        before.put("weight", item.weight());
        before.put("show_if", item.showIfItem() == null ? null : item.showIfItem() + "=" + item.showIfValues());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("text", c.text());
        after.put("scale", c.scale().name());
        after.put("weight", c.weight());
        after.put("show_if", c.showIfItem() == null ? null : c.showIfItem() + "=" + c.showIfValues());
        audit.updated("survey_item", q.code() + " v" + q.number() + " " + itemCode, before, after,
                "Sửa câu hỏi " + itemCode + " của phiếu " + q.code() + " phiên bản " + q.number());
        return target;
    }

    /** Sets a section's weight in the index; on a frozen version in the next version, which is returned. */
    @Transactional
    long weighSection(long versionId, String sectionCode, String weightText) {
        requireStandingAgency();
        long target = editable(versionId);
        List<String> problems = new ArrayList<>();
        BigDecimal weight = weight(weightText, "Trọng số phần " + sectionCode, problems);
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
        BigDecimal old = jdbc.sql("select weight from survey_section where version_id = ? and code = ?").params(target, sectionCode)
                .query(BigDecimal.class).optional().orElseThrow(() -> new SurveyRefused("Phần " + sectionCode + ": không có trong phiên bản này."));
        jdbc.sql("update survey_section set weight = ? where version_id = ? and code = ?").params(weight, target, sectionCode).update();
        audit.updated("survey_section", target + " " + sectionCode, Map.of("weight", old), Map.of("weight", weight),
                "Sửa trọng số phần " + sectionCode);
        return target;
    }

    /** The version to write into: this one if no response froze it, else its copy as the next version. */
    private long editable(long versionId) {
        Map<String, Object> v = jdbc.sql("select questionnaire_id, number, frozen from survey_version where id = ? for update")
                .param(versionId).query().listOfRows().stream().findFirst().orElseThrow(() -> new SurveyRefused("Phiên bản phiếu số " + versionId + ": không có."));
        if (!(Boolean) v.get("frozen")) {
            return versionId;
        }
        long questionnaireId = ((Number) v.get("questionnaire_id")).longValue();
        Optional<Long> draft = jdbc.sql("""
                        select id from survey_version where questionnaire_id = ? and number > ? and not frozen
                        order by number desc limit 1 for update""")
                .params(questionnaireId, v.get("number")).query(Long.class).optional();
        if (draft.isPresent()) {
            return draft.get();
        }
        int next = jdbc.sql("select max(number) + 1 from survey_version where questionnaire_id = ?").param(questionnaireId)
                .query(Integer.class).single();
        long copy = jdbc.sql("insert into survey_version (questionnaire_id, number, created_by, created_on) values (?, ?, ?, ?) returning id")
                .params(questionnaireId, next, CurrentUser.require().username(), LocalDate.now(clock)).query(Long.class).single();
        jdbc.sql("""
                        insert into survey_section (version_id, code, title, kind, position, weight)
                        select ?, code, title, kind, position, weight from survey_section where version_id = ?""")
                .params(copy, versionId).update();
        jdbc.sql("""
                        insert into survey_item (version_id, section_id, code, text, scale, choices, position, weight,
                                                 show_if_item, show_if_values, breakdown)
                        select ?, n.id, i.code, i.text, i.scale, i.choices, i.position, i.weight, i.show_if_item, i.show_if_values, i.breakdown
                        from survey_item i join survey_section o on o.id = i.section_id
                        join survey_section n on n.version_id = ? and n.code = o.code where i.version_id = ?""")
                .params(copy, copy, versionId).update();
        audit.created("survey_version", copy, Map.of("questionnaire_id", questionnaireId, "number", next, "copied_from", versionId),
                "Tạo phiên bản " + next + " của phiếu khảo sát (phiên bản trước đã có phiếu trả lời)");
        return copy;
    }

    private record Checked(String text, Scale scale, List<String> choices, BigDecimal weight, String showIfItem,
                           List<String> showIfValues) {
    }

    private static Checked check(Questionnaire q, String itemCode, ItemForm f, List<String> problems) {
        String where = "Câu hỏi " + itemCode;
        String text = f.text() == null ? "" : f.text().strip();
        if (text.isEmpty() || text.length() > 500) {
            problems.add(where + ", nội dung: " + (text.isEmpty() ? "chưa có." : "dài quá 500 ký tự."));
        }
        if (f.scale() == null) {
            problems.add(where + ", thang đo: chưa chọn.");
        }
        List<String> choices = list(f.choices());
        if (f.scale() == Scale.CHOICE && choices.size() < 2) {
            problems.add(where + ", các lựa chọn: cần ít nhất hai lựa chọn, mỗi dòng một lựa chọn.");
        }
        BigDecimal weight = weight(f.weight(), where + ", trọng số", problems);
        String showIf = f.showIfItem() == null || f.showIfItem().isBlank() ? null : f.showIfItem().strip();
        List<String> values = list(f.showIfValues());
        if (showIf != null) {
            Optional<Questionnaire.Item> cond = q.item(showIf);
            if (cond.isEmpty() || showIf.equals(itemCode)) {
                problems.add(where + ", điều kiện hiển thị: không có câu hỏi " + showIf + " khác trong phiếu.");
            } else if (values.isEmpty()) {
                problems.add(where + ", điều kiện hiển thị: chưa có câu trả lời nào của câu " + showIf + ".");
            } else if (cond.get().scale() == Scale.CHOICE && !cond.get().choices().containsAll(values)) {
                problems.add(where + ", điều kiện hiển thị: câu " + showIf + " chỉ có các lựa chọn " + String.join("; ", cond.get().choices()) + ".");
            }
        }
        return new Checked(text, f.scale(), f.scale() == Scale.CHOICE ? choices : List.of(), weight, showIf,
                showIf == null ? List.of() : values);
    }

    private static BigDecimal weight(String text, String where, List<String> problems) {
        try {
            BigDecimal w = VietnameseNumbers.parse(text);
            if (w == null) {
                return BigDecimal.ONE;
            }
            if (w.signum() <= 0 || w.compareTo(BigDecimal.valueOf(100)) > 0 || w.stripTrailingZeros().scale() > 2) {
                problems.add(where + ": \"" + text.strip() + "\" phải là số lớn hơn 0 và không quá 100 (tối đa hai chữ số thập phân).");
                return null;
            }
            return w;
        } catch (NotVietnameseNumber e) {
            problems.add(where + ": \"" + text.strip() + "\" không phải số viết theo kiểu Việt Nam"
                    + (e.suggestion() == null ? "." : " (viết là " + e.suggestion() + ")."));
            return null;
        }
    }

    private static List<String> list(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("[\\r\\n;]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ Sở Nội vụ sửa phiếu khảo sát.");
        }
    }

    static List<String> texts(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }
}
