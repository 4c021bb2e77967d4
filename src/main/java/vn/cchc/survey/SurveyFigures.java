package vn.cchc.survey;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.indicator.IndicatorSource;
import vn.cchc.indicator.Measure;
import vn.cchc.indicator.Period;
import vn.cchc.scoring.ScoreSource;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the survey gives other modules, from closed campaigns only (results are final when the campaign ends):
 * the satisfaction indicator {@value #SATISFACTION} of the catalogue (a unit's SIPAS of the campaigns that ended in
 * the period, weighted by their responses: the numerator is SIPAS × responses / 100 over the responses, so the
 * province adds up as the indicator module rolls ratios up), and the scoring items computed from the survey: a
 * criterion of method INDICATOR whose indicator code is a questionnaire's code ({@code SIPAS}, {@code KS_CCHC}) gets
 * the unit's overall index of that questionnaire's last campaign that ended in the year.
 */
@Component
@Order(30)
class SurveyFigures implements IndicatorSource, ScoreSource {

    static final String SATISFACTION = "KH_HL_PHUC_VU";

    private final JdbcClient jdbc;
    private final SurveyResults results;

    SurveyFigures(JdbcClient jdbc, SurveyResults results) {
        this.jdbc = jdbc;
        this.results = results;
    }

    @Override
    public Set<String> indicatorCodes() {
        return Set.of(SATISFACTION);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Map<String, Measure>> unitValues(Period period) {
        return byUnit(period.start(), period.end());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Measure> provinceValues(Period period) {
        Measure total = null;
        for (Map<String, Measure> m : byUnit(period.start(), period.end()).values()) {
            total = total == null ? m.get(SATISFACTION) : total.plus(m.get(SATISFACTION));
        }
        return total == null ? Map.of() : Map.of(SATISFACTION, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Measure> monthly(String code, Long unitId, YearMonth from, YearMonth to) {
        List<Measure> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            Measure x = null;
            for (Map.Entry<Long, Map<String, Measure>> u : byUnit(m.atDay(1), m.atEndOfMonth()).entrySet()) {
                if (unitId == null || unitId.equals(u.getKey())) {
                    x = x == null ? u.getValue().get(SATISFACTION) : x.plus(u.getValue().get(SATISFACTION));
                }
            }
            out.add(x);
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorValue> indicatorValue(String questionnaireCode, long unitId, int year) {
        if (questionnaireCode == null || year < 2000 || year > 2100) {
            return Optional.empty();
        }
        Optional<Long> last = jdbc.sql("""
                        select c.id from survey_campaign c join survey_version v on v.id = c.version_id
                        join survey_questionnaire q on q.id = v.questionnaire_id and q.code = ?
                        join survey_campaign_unit u on u.campaign_id = c.id and u.unit_id = ?
                        where c.status = 'CLOSED' and extract(year from c.period_to) = ? order by c.period_to desc, c.id desc limit 1""")
                .params(questionnaireCode, unitId, year).query(Long.class).optional();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        SurveyResults.Report r = results.report(last.get());
        return r.unit(unitId).filter(row -> row.indices().overall() != null).map(row -> new IndicatorValue(row.indices().overall(),
                "đợt khảo sát " + r.campaign().name() + ", " + VietnameseNumbers.format(row.responses()) + " phiếu"
                        + (row.belowSample() ? " (dưới cỡ mẫu " + VietnameseNumbers.format(row.sample()) + ")" : "")));
    }

    private Map<Long, Map<String, Measure>> byUnit(LocalDate from, LocalDate to) {
        List<Long> ended = jdbc.sql("""
                        select c.id from survey_campaign c join survey_version v on v.id = c.version_id
                        join survey_questionnaire q on q.id = v.questionnaire_id and q.kind = 'SIPAS'
                        where c.status = 'CLOSED' and c.period_to between ? and ? order by c.id""")
                .params(from, to).query(Long.class).list();
        Map<Long, Map<String, Measure>> out = new HashMap<>();
        for (long id : ended) {
            for (SurveyResults.Row row : results.report(id).units()) {
                if (row.indices().overall() == null || row.responses() == 0) {
                    continue;
                }
                BigDecimal n = BigDecimal.valueOf(row.responses());
                Measure m = new Measure(row.indices().overall().multiply(n).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP), n);
                out.computeIfAbsent(row.unit().id(), k -> new HashMap<>()).merge(SATISFACTION, m, Measure::plus);
            }
        }
        return out;
    }
}
