package vn.cchc.survey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A one-time code opens the survey once; a used, unknown or expired code stores nothing and says why. */
class OneTimeCodeTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    SurveyFixture f;
    long campaign;

    @BeforeEach
    void aCampaignAtSoTaiChinh() {
        f = new SurveyFixture(context, "SO_TAI_CHINH");
        campaign = f.campaign(20);
    }

    private long responses() {
        return jdbc.sql("select count(*) from survey_response where campaign_id = ?").param(campaign).query(Long.class).single();
    }

    @Test
    void aCodeUsedTwiceIsRefusedTheSecondTimeAndKeepsOneResponse() {
        String code = f.issue(campaign, 1).get(0);
        f.codes.answer(code, "", SurveyFixture.answers("5", "Không"));

        assertThatThrownBy(() -> f.codes.answer(code, "", SurveyFixture.answers("1", "Không")))
                .isInstanceOf(SurveyRefused.class).hasMessageContaining("đã được dùng");
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void aCodeTypedInLowerCaseWithoutItsDashOpensTheSurvey() {
        String code = f.issue(campaign, 1).get(0);

        OneTimeCodes.Target t = f.codes.open(" " + OneTimeCodes.printed(code).toLowerCase().replace("-", " ") + " ");

        assertThat(t.campaign().id()).isEqualTo(campaign);
        assertThat(t.unitId()).isEqualTo(f.unitId);
    }

    @Test
    void tenSimultaneousSubmissionsWithOneCodeStoreOneResponse() throws Exception {
        String code = f.issue(campaign, 1).get(0);

        List<Boolean> stored = Parallel.times(10, () -> {
            try {
                f.codes.answer(code, "", SurveyFixture.answers("4", "Không"));
                return true;
            } catch (SurveyRefused e) {
                return false;
            }
        });

        assertThat(stored).containsOnlyOnce(true);
        assertThat(responses()).isEqualTo(1);
    }

    @Test
    void anUnknownCodeIsRefusedWithAClearMessageAndStoresNothing() {
        f.issue(campaign, 1);

        assertThatThrownBy(() -> f.codes.answer("ABCDE-23456", "", SurveyFixture.answers("5", "Không")))
                .isInstanceOf(SurveyRefused.class).hasMessageContaining("Mã khảo sát \"ABCDE23456\" không đúng");
        assertThat(responses()).isZero();
    }

    @Test
    void aCodeOfAClosedCampaignHasExpiredAndStaysUnused() {
        String code = f.issue(campaign, 1).get(0);
        f.as(f.standing, () -> f.campaigns.close(campaign));

        assertThatThrownBy(() -> f.codes.answer(code, "", SurveyFixture.answers("5", "Không")))
                .isInstanceOf(SurveyRefused.class).hasMessageContaining("đã hết hạn");
        assertThat(responses()).isZero();
        assertThat(jdbc.sql("select count(*) from survey_code where code_hash = ? and not used").param(OneTimeCodes.hash(code))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void answersOffTheScaleAreRefusedNamingTheItemAndLeaveTheCodeUnused() {
        String code = f.issue(campaign, 1).get(0);
        Map<String, String> a = SurveyFixture.answers("4", "Không");
        a.put("E2.3", "7");

        assertThatThrownBy(() -> f.codes.answer(code, "", a)).isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("Câu E2.3 (Phí, lệ phí phải nộp đúng như niêm yết): \"7\" không có trên thang điểm 1–5");
        assertThat(responses()).isZero();
        assertThat(f.codes.open(code).campaign().id()).isEqualTo(campaign);
    }

    @Test
    void theStoredResponseCarriesNeitherTheCodeNorATimeOfDay() {
        String code = f.issue(campaign, 1).get(0);
        f.codes.answer(code, "", SurveyFixture.answers("5", "Không"));

        List<String> columns = jdbc.sql("""
                        select column_name || ' ' || data_type from information_schema.columns
                        where table_name in ('survey_response', 'survey_answer', 'survey_code') order by 1""").query(String.class).list();
        assertThat(columns).noneMatch(c -> c.contains("timestamp") || c.contains("time "));
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'survey_response' and column_name like '%code%'")
                .query(Long.class).single()).isZero();
    }
}
