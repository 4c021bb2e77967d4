package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a checked answer sheet as an anonymous response: a random id, the campaign, unit, respondent group,
 * channel and the day, never a code, an officer or a time of day. Its first response freezes the version.
 * Callers hold the transaction in which the code is marked used or the paper form counted.
 */
@Repository
class Responses {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final Clock clock;

    Responses(JdbcClient jdbc, Questionnaires questionnaires, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void store(Campaign c, long unitId, Channel channel, AnswerSheet sheet) {
        questionnaires.freeze(c.versionId());
        UUID id = jdbc.sql("""
                        insert into survey_response (campaign_id, unit_id, respondent_group, channel, answered_on)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(c.id(), unitId, sheet.group().name(), channel.name(), LocalDate.now(clock)).query(UUID.class).single();
        for (Map.Entry<Questionnaire.Item, String> a : sheet.answers().entrySet()) {
            Questionnaire.Item item = a.getKey();
            jdbc.sql("insert into survey_answer (response_id, item_id, value, choice, comment) values (?, ?, ?, ?, ?)")
                    .params(id, item.id(), item.scale().numeric() ? Short.valueOf(a.getValue()) : null,
                            item.scale() == Scale.CHOICE ? a.getValue() : null, item.scale() == Scale.TEXT ? a.getValue() : null)
                    .update();
        }
    }
}
