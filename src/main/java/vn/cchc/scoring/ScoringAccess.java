package vn.cchc.scoring;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;

import java.util.List;

/**
 * Who may see and do what in scoring. A unit sees its own assessment; another unit's self-assessment is hidden
 * until the round is published. An appraiser sees and scores only the areas assigned to their department.
 * The standing agency manages sets and rounds; leaders see everything and publish.
 */
@Component("scoringAccess")
public class ScoringAccess {

    private final UnitAccess unitAccess;
    private final ScoreRounds store;

    ScoringAccess(UnitAccess unitAccess, ScoreRounds store) {
        this.unitAccess = unitAccess;
        this.store = store;
    }

    public boolean manager() {
        return unitAccess.isStandingAgency();
    }

    public boolean leader() {
        return CurrentUser.get().map(u -> u.has(Role.LEADER) || u.has(Role.ADMIN)).orElse(false);
    }

    /** Leaders (and the administrator) publish the consolidated ranking. */
    public boolean canPublish() {
        return leader();
    }

    /** Sees every unit's assessment in any state: the standing agency and leaders. */
    public boolean seesAll() {
        return manager() || leader();
    }

    /** Until the round is published an assessment is read by its unit, the standing agency and the leaders who follow the unit. */
    public boolean canView(Assessment a, ScoreRound round) {
        return round.published() || unitAccess.canReadUnsubmitted(a.unitId());
    }

    void requireView(Assessment a, ScoreRound round) {
        if (!canView(a, round)) {
            throw new AccessDeniedException("scoring.assessment");
        }
    }

    /** The unit's own officer (or the administrator) scores and submits. */
    public boolean canSelfScore(Assessment a) {
        return unitAccess.canChange(a.unitId());
    }

    void requireSelfScore(Assessment a) {
        if (!canSelfScore(a)) {
            throw new AccessDeniedException("scoring.selfScore");
        }
    }

    /** Area codes of the round that the current user's department appraises. */
    List<String> appraisedAreas(long roundId) {
        CchcUser user = CurrentUser.get().orElse(null);
        if (user == null || !(user.has(Role.APPRAISER) || user.has(Role.STANDING_AGENCY))) {
            return List.of();
        }
        return store.areas(roundId).stream().filter(a -> a.appraiserUnitId() == user.unitId())
                .map(ScoreRound.Area::areaCode).toList();
    }

    public boolean canAppraise(long roundId, String areaCode) {
        return appraisedAreas(roundId).contains(areaCode);
    }

    void requireAppraise(long roundId, String areaCode) {
        if (!canAppraise(roundId, areaCode)) {
            throw new AccessDeniedException("scoring.appraise");
        }
    }

    /**
     * Who appraises one unit's items of an area. Nobody appraises their own unit: the appraising department's own
     * assessment is appraised by the standing agency instead, and the standing agency's own by a leader who follows it.
     */
    public boolean canAppraise(long roundId, String areaCode, long unitId) {
        CchcUser user = CurrentUser.get().orElse(null);
        if (user == null || user.unitId() == unitId) {
            return false;
        }
        if (canAppraise(roundId, areaCode)) {
            return true;
        }
        boolean appraisersOwn = store.area(roundId, areaCode).map(a -> a.appraiserUnitId() == unitId).orElse(false);
        return appraisersOwn && (manager() || unitAccess.follows(unitId));
    }

    void requireAppraise(long roundId, String areaCode, long unitId) {
        if (canAppraise(roundId, areaCode, unitId)) {
            return;
        }
        if (CurrentUser.get().map(u -> u.unitId() == unitId).orElse(false) && canAppraise(roundId, areaCode)) {
            throw ScoringException.forbidden("scoring.appraise.ownUnit");
        }
        throw new AccessDeniedException("scoring.appraise");
    }

    public boolean canViewArea(long roundId, String areaCode) {
        return seesAll() || canAppraise(roundId, areaCode);
    }

    void requireManager() {
        if (!manager()) {
            throw new AccessDeniedException("scoring.manage");
        }
    }
}
