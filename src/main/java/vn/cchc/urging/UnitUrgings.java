package vn.cchc.urging;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.PageRequest;
import vn.cchc.security.UnitAccess;

import java.time.LocalDate;
import java.util.List;

/**
 * The urging history on a unit's own page (/units/{code}, through its template: {@code @unitUrgings}): the letters
 * sent to the unit, newest first, with what each listed for it. Read by whoever may read the unit's letters: the
 * standing agency, the unit itself and the leaders who follow it; nobody else sees that a unit was urged.
 */
@Component
class UnitUrgings {

    static final int SHOWN = 20;

    private final Letters letters;
    private final UnitAccess access;

    UnitUrgings(Letters letters, UnitAccess access) {
        this.letters = letters;
        this.access = access;
    }

    /** One letter as the unit's page lists it: its number, day, kind and the lines it listed for this unit. */
    record Sent(long letterId, String number, LocalDate issuedOn, UrgingSource source, List<Listing.Item> items) {
    }

    record History(UrgingHistory totals, List<Sent> letters, boolean more) {
    }

    /** The unit's urgings, or null when the signed-in user may not read them. */
    @Transactional(readOnly = true)
    public History of(long unitId) {
        if (!access.canReadUnsubmitted(unitId)) {
            return null;
        }
        var page = letters.page(List.of(unitId), PageRequest.of(1, SHOWN));
        List<Sent> sent = page.items().stream().map(l -> new Sent(l.id(), l.number(), l.issuedOn(), l.source(),
                l.units().stream().filter(u -> u.unitId() == unitId).findFirst().map(Listing.UnitPart::items)
                        .orElse(List.of()))).toList();
        return new History(letters.history(List.of(unitId)).get(unitId), sent, page.hasNext());
    }
}
