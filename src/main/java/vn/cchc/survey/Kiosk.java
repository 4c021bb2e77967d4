package vn.cchc.survey;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The tablet at a unit's one-stop counter: its officer starts the kiosk for a campaign that targets the unit, and
 * each respondent's answers are stored for that unit as a kiosk response (anonymous like every response). Without
 * codes, one response per respondent rests on the counter's staff; the kiosk's responses are counted apart.
 */
@Service
class Kiosk {

    private final Campaigns campaigns;
    private final Questionnaires questionnaires;
    private final Responses responses;
    private final UnitAccess access;
    private final Clock clock;

    Kiosk(Campaigns campaigns, Questionnaires questionnaires, Responses responses, UnitAccess access, Clock clock) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.access = access;
        this.clock = clock;
    }

    /** The campaign the officer's counter may collect for now, or why not. */
    Campaign start(long campaignId) {
        long unit = CurrentUser.require().unitId();
        if (!access.canChange(unit)) {
            throw new AccessDeniedException("Chỉ cán bộ của đơn vị mở chế độ kiosk tại Bộ phận Một cửa của mình.");
        }
        Campaign c = campaigns.require(campaignId);
        if (!campaigns.targets(campaignId, unit)) {
            throw new AccessDeniedException("Đơn vị không thuộc đợt khảo sát " + c.name() + ".");
        }
        if (!c.uses(Channel.KIOSK)) {
            throw new SurveyRefused(List.of("Đợt khảo sát " + c.name() + " không thu thập tại kiosk."));
        }
        if (!c.collectsOn(LocalDate.now(clock))) {
            throw new SurveyRefused(List.of("Đợt khảo sát " + c.name() + " không còn thu thập hôm nay."));
        }
        return c;
    }

    @Transactional
    void answer(long campaignId, String group, Map<String, String> answers) {
        Campaign c = start(campaignId);
        AnswerSheet sheet = AnswerSheet.check(questionnaires.version(c.versionId()).orElseThrow(), c, group, answers);
        responses.store(c, CurrentUser.require().unitId(), Channel.KIOSK, sheet);
    }
}
