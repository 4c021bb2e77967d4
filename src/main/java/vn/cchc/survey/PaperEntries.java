package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Paper forms typed in twice: each officer of the unit types a form once under its number (typing it again replaces
 * their own entry); the form counts when two entries by different officers agree on every field, and then its
 * response is stored and the entries' answers are erased, so what was counted cannot be traced to who typed it.
 * Entries that disagree stay, shown field by field, until an officer corrects their own entry from the paper.
 */
@Service
class PaperEntries {

    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };

    enum Outcome { WAITING_FOR_SECOND, COUNTED, DISAGREE }

    /** A field two entries give differently: item code → one answer per entry (blank for none). */
    record Difference(String field, String label, List<String> values) {
    }

    record FormState(long formId, String formNumber, boolean counted, List<String> enteredBy, List<Difference> differences) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final Responses responses;
    private final ObjectMapper json;
    private final Clock clock;

    PaperEntries(JdbcClient jdbc, AuditLog audit, UnitAccess access, Campaigns campaigns, Questionnaires questionnaires,
                 Responses responses, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    Outcome enter(long campaignId, long unitId, String formNumber, String group, Map<String, String> typed) {
        if (!access.canChange(unitId)) {
            throw new AccessDeniedException("Cán bộ chỉ nhập phiếu giấy của đơn vị mình.");
        }
        Campaign c = campaigns.require(campaignId);
        String number = formNumber == null ? "" : formNumber.strip();
        List<String> problems = new ArrayList<>();
        if (!campaigns.targets(campaignId, unitId)) {
            problems.add("Đơn vị không thuộc đợt khảo sát " + c.name() + ".");
        }
        if (!c.uses(Channel.PAPER)) {
            problems.add("Đợt khảo sát " + c.name() + " không thu thập bằng phiếu giấy.");
        }
        if (c.status() != Campaign.Status.OPEN) {
            problems.add("Đợt khảo sát " + c.name() + " đã kết thúc.");
        }
        if (!number.matches("[\\p{L}0-9./-]{1,32}")) {
            problems.add("Số phiếu: \"" + number + "\" cần từ 1 đến 32 chữ, số, dấu chấm, gạch ngang hoặc gạch chéo.");
        }
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
        Questionnaire q = questionnaires.version(c.versionId()).orElseThrow();
        AnswerSheet sheet = AnswerSheet.check(q, c, group, typed);
        jdbc.sql("""
                        insert into survey_paper_form (campaign_id, unit_id, form_number) values (?, ?, ?)
                        on conflict (campaign_id, unit_id, form_number) do nothing""").params(campaignId, unitId, number).update();
        // the form's row lock: two officers finishing the same form at once count it once
        Map<String, Object> form = jdbc.sql("""
                        select id, status from survey_paper_form where campaign_id = ? and unit_id = ? and form_number = ? for update""")
                .params(campaignId, unitId, number).query().singleRow();
        long formId = ((Number) form.get("id")).longValue();
        if ("COUNTED".equals(form.get("status"))) {
            throw new SurveyRefused("Phiếu số " + number + " đã được tính (hai lần nhập khớp nhau), không nhập thêm.");
        }
        String me = CurrentUser.require().username();
        String answers = json.writeValueAsString(sheet.byCode());
        Optional<Long> mine = jdbc.sql("select id from survey_paper_entry where form_id = ? and entered_by = ?").params(formId, me)
                .query(Long.class).optional();
        long entryId;
        if (mine.isPresent()) {
            entryId = mine.get();
            jdbc.sql("update survey_paper_entry set answers = ?::jsonb, entered_on = ? where id = ?")
                    .params(answers, LocalDate.now(clock), entryId).update();
            audit.updated("survey_paper_entry", entryId, Map.of("form", number), Map.of("form", number),
                    "Nhập lại phiếu giấy số " + number + ", đợt " + c.name());
        } else {
            entryId = jdbc.sql("insert into survey_paper_entry (form_id, entered_by, answers, entered_on) values (?, ?, ?::jsonb, ?) returning id")
                    .params(formId, me, answers, LocalDate.now(clock)).query(Long.class).single();
            audit.created("survey_paper_entry", entryId, Map.of("form", number, "campaign_id", campaignId),
                    "Nhập phiếu giấy số " + number + ", đợt " + c.name());
        }
        Map<String, Map<String, String>> others = entries(formId);
        Map<String, String> own = others.remove(me);
        if (others.isEmpty()) {
            return Outcome.WAITING_FOR_SECOND;
        }
        if (others.values().stream().noneMatch(own::equals)) {
            return Outcome.DISAGREE;
        }
        jdbc.sql("update survey_paper_form set status = 'COUNTED' where id = ? and status = 'OPEN'").param(formId).update();
        jdbc.sql("update survey_paper_entry set answers = null where form_id = ?").param(formId).update();
        responses.store(c, unitId, Channel.PAPER, sheet);
        audit.updated("survey_paper_form", formId, Map.of("status", "OPEN"), Map.of("status", "COUNTED"),
                "Phiếu giấy số " + number + " được tính: hai lần nhập khớp nhau");
        return Outcome.COUNTED;
    }

    /** The unit's forms of the campaign that are not counted yet, each with its differences field by field. */
    List<FormState> open(long campaignId, long unitId) {
        if (!access.canChange(unitId) && !access.isStandingAgency()) {
            throw new AccessDeniedException("Cán bộ chỉ xem phiếu giấy của đơn vị mình.");
        }
        Campaign c = campaigns.require(campaignId);
        Questionnaire q = questionnaires.version(c.versionId()).orElseThrow();
        List<FormState> out = new ArrayList<>();
        jdbc.sql("""
                        select id, form_number from survey_paper_form where campaign_id = ? and unit_id = ? and status = 'OPEN'
                        order by form_number limit 200""").params(campaignId, unitId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("form_number"))).list()
                .forEach(f -> {
                    Map<String, Map<String, String>> entries = entries(f.getKey());
                    out.add(new FormState(f.getKey(), f.getValue(), false, List.copyOf(entries.keySet()), differences(q, entries)));
                });
        return out;
    }

    private Map<String, Map<String, String>> entries(long formId) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        jdbc.sql("select entered_by, answers::text as answers from survey_paper_entry where form_id = ? and answers is not null order by id")
                .param(formId).query(rs -> {
                    out.put(rs.getString("entered_by"), json.readValue(rs.getString("answers"), ANSWERS));
                });
        return out;
    }

    static List<Difference> differences(Questionnaire q, Map<String, Map<String, String>> entries) {
        if (entries.size() < 2) {
            return List.of();
        }
        Set<String> fields = new LinkedHashSet<>();
        fields.add(AnswerSheet.GROUP);
        q.items().forEach(i -> fields.add(i.code()));
        entries.values().forEach(e -> fields.addAll(e.keySet()));
        List<Difference> out = new ArrayList<>();
        for (String f : fields) {
            List<String> values = entries.values().stream().map(e -> e.getOrDefault(f, "")).toList();
            if (values.stream().distinct().count() > 1) {
                String label = AnswerSheet.GROUP.equals(f) ? "Đối tượng trả lời"
                        : q.item(f).map(i -> f + " " + i.text()).orElse(f);
                out.add(new Difference(f, label, values));
            }
        }
        return out;
    }
}
