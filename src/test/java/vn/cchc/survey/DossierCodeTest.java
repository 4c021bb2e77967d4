package vn.cchc.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.Parallel;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A survey code issued for one dossier: in the open campaign of the dossier's unit, one live code per dossier, a lost
 * slip replaced, a used code not, and the code's row forgets its dossier once used.
 */
class DossierCodeTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DossierCodes dossierCodes;

    SurveyFixture f;
    long campaign;
    String dossier;

    @BeforeEach
    void aCampaignAtSoDanTocVaTonGiaoAndOneOfItsDossiers() {
        // not Sở Xây dựng: the notification tests count that unit's officers
        f = new SurveyFixture(context, "SO_DTTG");
        campaign = f.campaign(50);
        dossier = f.dossier(context);
    }

    @AfterEach
    void closeTheCampaignSoTheNextTestHasItsOwn() {
        f.as(f.standing, () -> {
            f.campaigns.close(campaign);
            return null;
        });
    }

    private DossierCodes.Issued issue() {
        return f.as(f.officerA, () -> dossierCodes.issue(dossier));
    }

    private long liveCodes() {
        return jdbc.sql("select count(*) from survey_code where dossier_code = ? and not used and not voided")
                .param(dossier).query(Long.class).single();
    }

    @Test
    void aUnitOfficerIssuesACodeForTheirDossierInTheOpenCampaignOfTheirUnit() {
        DossierCodes.Issued issued = issue();

        OneTimeCodes.Target t = f.codes.open(issued.code());
        assertThat(t.campaign().id()).isEqualTo(campaign);
        assertThat(t.unitId()).isEqualTo(f.unitId);
        assertThat(jdbc.sql("select dossier_code from survey_code where code_hash = ?").param(OneTimeCodes.hash(issued.code()))
                .query(String.class).single()).isEqualTo(dossier);
    }

    @Test
    void issuingAgainVoidsTheLostSlipsCodeAndTheNewCodeOpensTheSurvey() {
        String lost = issue().code();

        DossierCodes.Issued again = issue();

        assertThat(again.replaced()).isTrue();
        assertThatThrownBy(() -> f.codes.answer(lost, "", SurveyFixture.answers("5", "Không")))
                .isInstanceOf(SurveyRefused.class).hasMessageContaining("đã được thay bằng mã mới");
        f.codes.answer(again.code(), "", SurveyFixture.answers("5", "Không"));
        assertThat(jdbc.sql("select count(*) from survey_response where campaign_id = ?").param(campaign).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aUsedCodesRowNoLongerNamesItsDossierButStillCountsForTheUnit() {
        String code = issue().code();

        f.codes.answer(code, "", SurveyFixture.answers("4", "Không"));

        assertThat(jdbc.sql("select count(*) from survey_code where dossier_code = ?").param(dossier).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select dossier_code is null and used from survey_code where code_hash = ?")
                .param(OneTimeCodes.hash(code)).query(Boolean.class).single()).isTrue();
        Campaigns.Progress p = f.campaigns.progress(campaign).get(0);
        assertThat(p.codesUsed()).isEqualTo(1);
        assertThat(p.responses()).isEqualTo(1);
    }

    @Test
    void aUsedCodeIsNotReplacedAndTheRefusalStoresNothing() {
        String code = issue().code();
        f.codes.answer(code, "", SurveyFixture.answers("4", "Không"));
        long codesBefore = jdbc.sql("select count(*) from survey_code").query(Long.class).single();

        assertThatThrownBy(this::issue).isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("Hồ sơ " + dossier + ": mã khảo sát của đợt").hasMessageContaining("đã được dùng");
        assertThat(jdbc.sql("select count(*) from survey_code").query(Long.class).single()).isEqualTo(codesBefore);
        assertThat(jdbc.sql("select issued from survey_dossier_code where dossier_code = ?").param(dossier)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void eightParallelIssuesForOneDossierLeaveExactlyOneLiveCode() throws Exception {
        List<String> issued = Parallel.times(8, this::issue).stream().map(DossierCodes.Issued::code).toList();

        assertThat(issued).hasSize(8).doesNotHaveDuplicates();
        assertThat(liveCodes()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_code k join survey_code_batch b on b.id = k.batch_id "
                + "where b.campaign_id = ? and k.voided").param(campaign).query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void withoutAnOpenCampaignForTheUnitNoCodeIsIssuedAndNothingIsStored() {
        f.as(f.standing, () -> {
            f.campaigns.close(campaign);
            return null;
        });

        assertThatThrownBy(this::issue).isInstanceOf(SurveyRefused.class)
                .hasMessageContaining("Hồ sơ " + dossier + ": không có đợt khảo sát nào đang mở cho Sở Dân tộc và Tôn giáo");
        assertThat(jdbc.sql("select count(*) from survey_dossier_code where dossier_code = ?").param(dossier)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aUnitOfficerCannotIssueACodeForAnotherUnitsDossier() {
        String other = new TestAccounts(context).create(Role.UNIT_OFFICER, "SO_KHCN");

        assertThatThrownBy(() -> f.as(other, () -> dossierCodes.issue(dossier))).isInstanceOf(AccessDeniedException.class);
        assertThat(liveCodes()).isZero();
    }

    @Test
    void theStandingAgencyIssuesForAnyUnitsDossierAndTheAuditNamesTheDossierNotTheCode() {
        String code = f.as(f.standing, () -> dossierCodes.issue(dossier)).code();

        String logged = jdbc.sql("select coalesce(after_value::text, '') || summary from audit_entry where entity_type = 'survey_dossier_code' "
                + "and entity_id = ?").param(dossier).query(String.class).single();
        assertThat(logged).contains(dossier).doesNotContain(code).doesNotContain(OneTimeCodes.printed(code))
                .doesNotContain(OneTimeCodes.hash(code));
    }
}
