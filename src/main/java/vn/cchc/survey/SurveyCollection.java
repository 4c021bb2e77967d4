package vn.cchc.survey;

import org.springframework.stereotype.Service;
import vn.cchc.directory.Directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Collection as another module drives it (the demo installation): a SIPAS campaign for citizens by every channel,
 * a batch of codes for a unit's counter, answers given with a code. The same rules and checks as the screens; the
 * caller acts as a signed-in user with the right role.
 */
@Service
public class SurveyCollection {

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final OneTimeCodes codes;
    private final Directory directory;

    SurveyCollection(Campaigns campaigns, Questionnaires questionnaires, OneTimeCodes codes, Directory directory) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.codes = codes;
        this.directory = directory;
    }

    /** Opens a campaign of the latest SIPAS version; unit code → sample size. */
    public long openSipasCampaign(String name, LocalDate from, LocalDate to, Map<String, Integer> samples) {
        long version = questionnaires.all().stream().filter(s -> s.kind() == Questionnaire.Kind.SIPAS).findFirst()
                .orElseThrow().latestVersionId();
        String lines = samples.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        return campaigns.open(new Campaigns.CampaignForm(name, version, from, to, List.of(RespondentGroup.CITIZEN),
                List.of(Channel.CODE, Channel.KIOSK, Channel.PAPER), lines));
    }

    /** The codes of a new batch for the unit's counter, as printed on the slips. */
    public List<String> issueCodes(long campaignId, String unitCode, int count) {
        return codes.issue(campaignId, directory.idOf(unitCode), count, UUID.randomUUID().toString()).codes().stream()
                .map(OneTimeCodes::printed).toList();
    }

    /** A respondent's answers (item code → answer as typed) given with a code. */
    public void answerByCode(String code, Map<String, String> answers) {
        codes.answer(code, "", answers);
    }
}
