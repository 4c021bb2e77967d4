package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.VietnameseDates;

import java.sql.ResultSet;
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
 * Campaigns: the standing agency opens one with its period, questionnaire version, respondent groups, channels and
 * the target units with a sample size each ("SO_TU_PHAP: 200", one unit a line), and closes it; each unit's progress
 * against its sample.
 */
@Repository
class Campaigns {

    static final int MAX_UNITS = 1000;

    record CampaignForm(String name, Long versionId, LocalDate from, LocalDate to, List<RespondentGroup> groups,
                        List<Channel> channels, String samples) {
    }

    /** A target unit: its sample, the responses counted, codes issued and used, paper forms awaiting agreement. */
    record Progress(UnitRef unit, int sample, int responses, int codesIssued, int codesUsed, int papersOpen) {
        public boolean belowSample() {
            return responses < sample;
        }

        public int percent() {
            return sample == 0 ? 0 : Math.min(100, responses * 100 / sample);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Directory directory;
    private final Clock clock;

    Campaigns(JdbcClient jdbc, AuditLog audit, UnitAccess access, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql("select * from survey_campaign where id = ?").param(id).query(Campaigns::campaign).optional();
    }

    Campaign require(long id) {
        return find(id).orElseThrow(() -> new SurveyRefused("Đợt khảo sát số " + id + ": không có."));
    }

    List<Campaign> all() {
        return jdbc.sql("select * from survey_campaign order by period_from desc, id desc limit 200").query(Campaigns::campaign).list();
    }

    List<Campaign> closed() {
        return jdbc.sql("select * from survey_campaign where status = 'CLOSED' order by period_to desc, id desc limit 200")
                .query(Campaigns::campaign).list();
    }

    /** The campaign of the same questionnaire that ended last before this one began. */
    Optional<Campaign> previous(Campaign c) {
        return jdbc.sql("""
                        select p.* from survey_campaign p join survey_version pv on pv.id = p.version_id
                        join survey_version cv on cv.questionnaire_id = pv.questionnaire_id and cv.id = ?
                        where p.period_to < ? and p.id <> ? order by p.period_to desc, p.id desc limit 1""")
                .params(c.versionId(), c.from(), c.id()).query(Campaigns::campaign).optional();
    }

    boolean targets(long campaignId, long unitId) {
        return jdbc.sql("select count(*) from survey_campaign_unit where campaign_id = ? and unit_id = ?")
                .params(campaignId, unitId).query(Long.class).single() > 0;
    }

    /** The open campaigns that target the unit and collect today. */
    List<Campaign> openFor(long unitId) {
        return jdbc.sql("""
                        select c.* from survey_campaign c join survey_campaign_unit u on u.campaign_id = c.id and u.unit_id = ?
                        where c.status = 'OPEN' and ? between c.period_from and c.period_to order by c.id""")
                .params(unitId, LocalDate.now(clock)).query(Campaigns::campaign).list();
    }

    List<Progress> progress(long campaignId) {
        Map<Long, UnitRef> units = new LinkedHashMap<>();
        List<Map<String, Object>> rows = jdbc.sql("""
                        select u.unit_id, u.sample_size,
                          (select count(*) from survey_response r where r.campaign_id = u.campaign_id and r.unit_id = u.unit_id) as responses,
                          (select coalesce(sum(b.count), 0) from survey_code_batch b where b.campaign_id = u.campaign_id and b.unit_id = u.unit_id) as issued,
                          (select count(*) from survey_code k join survey_code_batch b on b.id = k.batch_id
                            where b.campaign_id = u.campaign_id and b.unit_id = u.unit_id and k.used) as used,
                          (select count(*) from survey_paper_form f where f.campaign_id = u.campaign_id and f.unit_id = u.unit_id
                            and f.status = 'OPEN') as papers
                        from survey_campaign_unit u where u.campaign_id = ?""").param(campaignId).query().listOfRows();
        directory.findAllById(rows.stream().map(r -> ((Number) r.get("unit_id")).longValue()).toList())
                .forEach(u -> units.put(u.id(), u));
        List<Progress> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            UnitRef u = units.get(((Number) r.get("unit_id")).longValue());
            out.add(new Progress(u, n(r, "sample_size"), n(r, "responses"), n(r, "issued"), n(r, "used"), n(r, "papers")));
        }
        out.sort(java.util.Comparator.comparing((Progress p) -> p.unit().name(), vn.cchc.vietnamese.VietnameseOrder.texts()));
        return out;
    }

    @Transactional
    long open(CampaignForm f) {
        requireStandingAgency();
        List<String> problems = new ArrayList<>();
        String name = f.name() == null ? "" : f.name().strip();
        if (name.isEmpty()) {
            problems.add("Tên đợt khảo sát: chưa có.");
        }
        if (f.versionId() == null || jdbc.sql("select count(*) from survey_version where id = ?").param(f.versionId())
                .query(Long.class).single() == 0) {
            problems.add("Phiếu khảo sát: chưa chọn.");
        }
        if (f.from() == null || f.to() == null) {
            problems.add("Thời gian khảo sát: cần ngày bắt đầu và ngày kết thúc.");
        } else if (f.from().isAfter(f.to())) {
            problems.add("Thời gian khảo sát: ngày bắt đầu " + VietnameseDates.format(f.from()) + " sau ngày kết thúc "
                    + VietnameseDates.format(f.to()) + ".");
        }
        if (f.groups() == null || f.groups().isEmpty()) {
            problems.add("Đối tượng khảo sát: chưa chọn.");
        }
        if (f.channels() == null || f.channels().isEmpty()) {
            problems.add("Hình thức thu thập: chưa chọn.");
        }
        Map<Long, Integer> samples = samples(f.samples(), problems);
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
        long id = jdbc.sql("""
                        insert into survey_campaign (name, version_id, period_from, period_to, respondent_groups, channels, created_by, created_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name, f.versionId(), f.from(), f.to(), f.groups().stream().map(Enum::name).distinct().toArray(String[]::new),
                        f.channels().stream().map(Enum::name).distinct().toArray(String[]::new), CurrentUser.require().username(),
                        LocalDate.now(clock)).query(Long.class).single();
        samples.forEach((unit, size) -> jdbc.sql("insert into survey_campaign_unit (campaign_id, unit_id, sample_size) values (?, ?, ?)")
                .params(id, unit, size).update());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("version_id", f.versionId());
        after.put("period", List.of(f.from().toString(), f.to().toString()));
        after.put("groups", f.groups());
        after.put("channels", f.channels());
        after.put("samples", samples);
        audit.created("survey_campaign", id, after, "Mở đợt khảo sát " + name + " tại " + samples.size() + " đơn vị");
        return id;
    }

    /** Closes an open campaign once: a second close finds it closed and changes nothing. */
    @Transactional
    boolean close(long id) {
        requireStandingAgency();
        Campaign c = require(id);
        int changed = jdbc.sql("update survey_campaign set status = 'CLOSED' where id = ? and status = 'OPEN'").param(id).update();
        if (changed == 0) {
            return false;
        }
        audit.updated("survey_campaign", id, Map.of("status", "OPEN"), Map.of("status", "CLOSED"), "Kết thúc đợt khảo sát " + c.name());
        return true;
    }

    private Map<Long, Integer> samples(String text, List<String> problems) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        String[] lines = text == null ? new String[0] : text.split("\\r?\\n");
        int row = 0;
        for (String line : lines) {
            row++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[:;,\\t]");
            String where = "Cỡ mẫu, dòng " + row;
            if (parts.length != 2) {
                problems.add(where + ": \"" + line.strip() + "\" cần viết là mã đơn vị: cỡ mẫu (như SO_TU_PHAP: 200).");
                continue;
            }
            Optional<UnitRef> unit = directory.findByCode(parts[0].strip());
            if (unit.isEmpty()) {
                problems.add(where + ": không có đơn vị mã " + parts[0].strip() + ".");
                continue;
            }
            try {
                int size = Integer.parseInt(parts[1].strip().replace(".", ""));
                if (size < 1 || size > 100_000) {
                    throw new NumberFormatException();
                }
                if (out.put(unit.get().id(), size) != null) {
                    problems.add(where + ": đơn vị " + unit.get().code() + " đã có ở dòng trước.");
                }
            } catch (NumberFormatException e) {
                problems.add(where + ": cỡ mẫu \"" + parts[1].strip() + "\" phải là số nguyên từ 1 đến 100.000.");
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add("Đơn vị được khảo sát: chưa có đơn vị nào.");
        }
        if (out.size() > MAX_UNITS) {
            problems.add("Đơn vị được khảo sát: tối đa " + MAX_UNITS + " đơn vị một đợt.");
        }
        return out;
    }

    private void requireStandingAgency() {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ Sở Nội vụ mở và kết thúc đợt khảo sát.");
        }
    }

    private static int n(Map<String, Object> r, String k) {
        return ((Number) r.get(k)).intValue();
    }

    static Campaign campaign(ResultSet rs, int n) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("name"), rs.getLong("version_id"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                Arrays.stream((String[]) rs.getArray("respondent_groups").getArray()).map(RespondentGroup::valueOf).toList(),
                Arrays.stream((String[]) rs.getArray("channels").getArray()).map(Channel::valueOf).toList(),
                Campaign.Status.valueOf(rs.getString("status")));
    }
}
