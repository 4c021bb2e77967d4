package vn.cchc.survey;

import java.util.Map;

/**
 * How answers become indices. The raw answers are kept, so a different rule (a new method of the ministry) can be
 * put in as another bean of this type and the indices recomputed without collecting again.
 */
interface IndexRule {

    /** {@code counts}: item id → answers per point, index 1..points (index 0 unused). */
    Indices compute(Questionnaire q, Map<Long, long[]> counts);
}
