package vn.cchc.scoring;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole self-assessment sheet saved at once, by its button or by the draft's autosave: every item whose points,
 * note or evidence explanation changed is scored as {@link SelfAssessments#score} scores one, in one transaction. One
 * bad item refuses them all, each error named by its criterion; a submitted sheet is refused as a single item is.
 */
@Service
class SelfAssessmentSheet {

    /** What the sheet holds for one item; null for a field the form does not show. */
    record ItemInput(String points, String note, String evidenceExplanation) {
    }

    private final SelfAssessments self;
    private final ScoreRounds store;
    private final CriteriaSets sets;
    private final ScoringAccess access;
    private final ScoringTexts texts;

    SelfAssessmentSheet(SelfAssessments self, ScoreRounds store, CriteriaSets sets, ScoringAccess access, ScoringTexts texts) {
        this.self = self;
        this.store = store;
        this.sets = sets;
        this.access = access;
        this.texts = texts;
    }

    /** @return how many items changed */
    @Transactional
    public int saveAll(long assessmentId, Map<Long, ItemInput> inputs) {
        Assessment a = store.requireAssessment(assessmentId);
        access.requireSelfScore(a);
        if (a.submitted()) {
            throw ScoringException.locked("scoring.assessment.submitted");
        }
        List<String> errors = new ArrayList<>();
        int changed = 0;
        for (ScoreItem item : store.items(assessmentId)) {
            ItemInput in = inputs.get(item.id());
            if (in == null || item.notApplicable() || !changes(item, in)) {
                continue;
            }
            Criterion c = sets.criterion(item.criterionId()).orElseThrow();
            if (c.method() == Method.SURVEY) {
                // survey points are entered by the standing agency, never on the unit's sheet
                continue;
            }
            try {
                self.score(item.id(), in.points() == null ? stored(item.selfPoints()) : in.points(),
                        in.note() == null ? item.selfNote() : in.note(),
                        in.evidenceExplanation() == null ? item.evidenceExplanation() : in.evidenceExplanation(), List.of());
                changed++;
            } catch (ScoringException e) {
                // the item's own message already names its criterion ("Tiêu chí 1.1.1: …")
                errors.add(texts.of(e));
            }
        }
        if (!errors.isEmpty()) {
            // thrown out of the transaction: the items already written are rolled back with it
            throw new ScoringException("scoring.sheetSave.refused", errors);
        }
        return changed;
    }

    private static String stored(BigDecimal points) {
        return points == null ? null : VietnameseNumbers.formatExact(points);
    }

    private static boolean changes(ScoreItem item, ItemInput in) {
        if (in.points() != null) {
            BigDecimal points;
            try {
                points = ScoringTexts.parse(in.points());
            } catch (ScoringException e) {
                return true;
            }
            if (!SelfAssessments.same(item.selfPoints(), points)) {
                return true;
            }
        }
        return in.note() != null && !Objects.equals(CriteriaSets.blankToNull(in.note()), item.selfNote())
                || in.evidenceExplanation() != null
                && !Objects.equals(CriteriaSets.blankToNull(in.evidenceExplanation()), item.evidenceExplanation());
    }
}
