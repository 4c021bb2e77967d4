package vn.cchc.survey;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cchc.CchcIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A questionnaire version with responses is frozen: an edit makes the next version and the campaign keeps its own. */
class QuestionnaireVersionTest extends CchcIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void editingAnItemOfAVersionWithResponsesMakesTheNextVersionAndLeavesTheAnsweredOneAsItWas() {
        SurveyFixture f = new SurveyFixture(context, "SO_VHTTDL");
        long campaign = f.campaign(5);
        f.codes.answer(f.issue(campaign, 1).get(0), "", SurveyFixture.answers("4", "Không"));
        long answered = f.campaigns.require(campaign).versionId();
        String before = f.questionnaires.version(answered).orElseThrow().item("D10").orElseThrow().text();

        long edited = f.as(f.standing, () -> f.questionnaires.editItem(answered, "D10", new Questionnaires.ItemForm(
                "Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công", Scale.NEED4, "", "1", "", "")));

        assertThat(edited).isNotEqualTo(answered);
        Questionnaire next = f.questionnaires.version(edited).orElseThrow();
        assertThat(next.number()).isGreaterThan(f.questionnaires.version(answered).orElseThrow().number());
        assertThat(next.item("D10").orElseThrow().text()).isEqualTo("Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công");
        assertThat(next.items()).hasSameSizeAs(f.questionnaires.version(answered).orElseThrow().items());
        assertThat(f.questionnaires.version(answered).orElseThrow().item("D10").orElseThrow().text()).isEqualTo(before);
        assertThat(f.campaigns.require(campaign).versionId()).isEqualTo(answered);
    }

    @Test
    void aSkipRuleOnAnItemTheVersionDoesNotHaveIsRefusedNamingIt() {
        SurveyFixture f = new SurveyFixture(context, "SO_VHTTDL");
        long version = f.sipasVersion();

        assertThatThrownBy(() -> f.as(f.standing, () -> f.questionnaires.editItem(version, "E5.1", new Questionnaires.ItemForm(
                "Có bố trí hình thức tiếp nhận góp ý", Scale.SATISFACTION5, "", "1", "B9", "Có"))))
                .isInstanceOf(SurveyRefused.class).hasMessageContaining("Câu hỏi E5.1, điều kiện hiển thị: không có câu hỏi B9");
    }

    @Test
    void aUnitOfficerCannotEditTheQuestionnaire() {
        SurveyFixture f = new SurveyFixture(context, "SO_VHTTDL");

        assertThatThrownBy(() -> f.as(f.officerA, () -> f.questionnaires.editItem(f.sipasVersion(), "D10",
                new Questionnaires.ItemForm("Sửa", Scale.NEED4, "", "1", "", ""))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
