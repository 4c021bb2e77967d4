package vn.cchc.survey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the database keeps of an answer given with a code (docs/FEEDBACK.md, "Anonymity of survey answers"): no time
 * finer than the day, no column joining the code to the response, and the one link that remains, the transaction
 * id both rows carry.
 */
class SurveyAnonymityTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    SurveyFixture f;
    long campaign;
    String code;

    @BeforeEach
    void anAnswerGivenWithACodeOfSoCongThuong() {
        f = new SurveyFixture(context, "SO_CONG_THUONG");
        campaign = f.campaign(10);
        code = f.issue(campaign, 1).get(0);
        f.codes.answer(code, "", SurveyFixture.answers("3", "Không"));
    }

    @Test
    void theUsedCodeTheResponseAndItsAnswersKeepNoTimeFinerThanTheDay() {
        List<String> timed = jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                        where table_name in ('survey_code', 'survey_response', 'survey_answer')
                          and (data_type like 'time%' or data_type = 'interval')""").query(String.class).list();
        String answeredOn = jdbc.sql("""
                        select data_type from information_schema.columns
                        where table_name = 'survey_response' and column_name = 'answered_on'""").query(String.class).single();

        assertThat(timed).isEmpty();
        assertThat(answeredOn).isEqualTo("date");
    }

    @Test
    void theUsedCodesRowSaysOnlyThatItWasUsed() {
        List<String> columns = jdbc.sql("""
                        select column_name from information_schema.columns where table_name = 'survey_code'
                        order by ordinal_position""").query(String.class).list();
        Boolean used = jdbc.sql("select used from survey_code where code_hash = ?").param(OneTimeCodes.hash(code))
                .query(Boolean.class).single();

        // dossier_code names a dossier only while its code is live (DossierCodeTest); voided: replaced by a newer code
        assertThat(columns).containsExactly("code_hash", "batch_id", "used", "dossier_code", "voided");
        assertThat(used).isTrue();
    }

    @Test
    void theRemainingLinkIsTheTransactionIdThatTheUsedCodeAndItsResponseShare() {
        // pinned so that the documented link stays true: if it is ever cut, this test and docs/FEEDBACK.md change together
        String codeXmin = jdbc.sql("select xmin::text from survey_code where code_hash = ?").param(OneTimeCodes.hash(code))
                .query(String.class).single();
        String responseXmin = jdbc.sql("select xmin::text from survey_response where campaign_id = ?").param(campaign)
                .query(String.class).single();

        assertThat(responseXmin).isEqualTo(codeXmin);
    }
}
