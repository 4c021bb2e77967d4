package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.vietnamese.VietnameseOrder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's indices: overall, per unit (with its sample and a flag when fewer responses came than planned), per
 * respondent group and per procedure field (the questionnaire's breakdown item), and the change since the campaign
 * of the same questionnaire before it. One grouped query per breakdown, whatever the number of units.
 */
@Service
class SurveyResults {

    record Row(String label, UnitRef unit, long responses, Integer sample, Indices indices) {
        public boolean belowSample() {
            return sample != null && responses < sample;
        }
    }

    record Report(Campaign campaign, Questionnaire questionnaire, long responses, Indices overall, List<Row> units,
                  List<Row> groups, List<Row> fields, Campaign previous, Indices previousOverall) {

        public BigDecimal change() {
            return previousOverall == null || previousOverall.overall() == null || overall.overall() == null ? null
                    : overall.overall().subtract(previousOverall.overall());
        }

        Optional<Row> unit(long unitId) {
            return units.stream().filter(r -> r.unit().id() == unitId).findFirst();
        }
    }

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final Directory directory;
    private final IndexRule rule;

    SurveyResults(JdbcClient jdbc, Campaigns campaigns, Questionnaires questionnaires, Directory directory, IndexRule rule) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.directory = directory;
        this.rule = rule;
    }

    @Transactional(readOnly = true)
    Report report(long campaignId) {
        Campaign c = campaigns.require(campaignId);
        Questionnaire q = questionnaires.version(c.versionId()).orElseThrow();
        Grouped all = grouped(campaignId, "'all'", "", null);
        Indices overall = rule.compute(q, all.counts.getOrDefault("all", Map.of()));
        long responses = all.responses.getOrDefault("all", 0L);

        Map<Long, Integer> samples = new HashMap<>();
        jdbc.sql("select unit_id, sample_size from survey_campaign_unit where campaign_id = ?").param(campaignId)
                .query(rs -> {
                    samples.put(rs.getLong("unit_id"), rs.getInt("sample_size"));
                });
        Grouped byUnit = grouped(campaignId, "r.unit_id::text", "", null);
        Map<Long, UnitRef> refs = new HashMap<>();
        directory.findAllById(samples.keySet()).forEach(u -> refs.put(u.id(), u));
        List<Row> units = new ArrayList<>();
        for (Map.Entry<Long, Integer> s : samples.entrySet()) {
            String key = s.getKey().toString();
            UnitRef u = refs.get(s.getKey());
            units.add(new Row(u.name(), u, byUnit.responses.getOrDefault(key, 0L), s.getValue(),
                    rule.compute(q, byUnit.counts.getOrDefault(key, Map.of()))));
        }
        units.sort(Comparator.comparing(Row::label, VietnameseOrder.texts()));

        Grouped byGroup = grouped(campaignId, "r.respondent_group", "", null);
        List<Row> groups = new ArrayList<>();
        for (RespondentGroup g : c.groups()) {
            groups.add(new Row(g.name(), null, byGroup.responses.getOrDefault(g.name(), 0L), null,
                    rule.compute(q, byGroup.counts.getOrDefault(g.name(), Map.of()))));
        }
        List<Row> fields = new ArrayList<>();
        Optional<Questionnaire.Item> breakdown = q.breakdownItem();
        if (breakdown.isPresent()) {
            Grouped byField = grouped(campaignId, "f.choice",
                    "join survey_answer f on f.response_id = r.id and f.item_id = :breakdown", breakdown.get().id());
            for (String choice : breakdown.get().choices()) {
                if (byField.responses.containsKey(choice)) {
                    fields.add(new Row(choice, null, byField.responses.get(choice), null,
                            rule.compute(q, byField.counts.getOrDefault(choice, Map.of()))));
                }
            }
        }
        Campaign previous = campaigns.previous(c).orElse(null);
        Indices before = null;
        if (previous != null) {
            Questionnaire pq = questionnaires.version(previous.versionId()).orElseThrow();
            before = rule.compute(pq, grouped(previous.id(), "'all'", "", null).counts.getOrDefault("all", Map.of()));
        }
        return new Report(c, q, responses, overall, units, groups, fields, previous, before);
    }

    /** Answers per point of each item, and responses, per value of {@code key}. */
    private record Grouped(Map<String, Map<Long, long[]>> counts, Map<String, Long> responses) {
    }

    private Grouped grouped(long campaignId, String key, String join, Long breakdownItem) {
        Map<String, Map<Long, long[]>> counts = new LinkedHashMap<>();
        Map<String, Long> responses = new LinkedHashMap<>();
        var answers = jdbc.sql("""
                        select %s as k, a.item_id, a.value, count(*) as n from survey_response r %s
                        join survey_answer a on a.response_id = r.id
                        where r.campaign_id = :campaign and a.value is not null group by 1, 2, 3""".formatted(key, join))
                .param("campaign", campaignId);
        var heads = jdbc.sql("select %s as k, count(*) as n from survey_response r %s where r.campaign_id = :campaign group by 1"
                .formatted(key, join)).param("campaign", campaignId);
        if (breakdownItem != null) {
            answers = answers.param("breakdown", breakdownItem);
            heads = heads.param("breakdown", breakdownItem);
        }
        answers.query(rs -> {
            long[] c = counts.computeIfAbsent(rs.getString("k"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getLong("item_id"), k -> new long[6]);
            int v = rs.getInt("value");
            if (v >= 1 && v <= 5) {
                c[v] += rs.getLong("n");
            }
        });
        heads.query(rs -> {
            responses.put(rs.getString("k"), rs.getLong("n"));
        });
        return new Grouped(counts, responses);
    }
}
