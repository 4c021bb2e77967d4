package vn.cchc.notification;

import org.springframework.stereotype.Component;
import vn.cchc.security.Role;
import vn.cchc.security.UserAccount;
import vn.cchc.security.UserAdministration;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who is told: the enabled users of a role, by unit, as the security module stores them. */
@Component
class Recipients {

    private final UserAdministration users;

    Recipients(UserAdministration users) {
        this.users = users;
    }

    /** The CCHC officers of a unit: they answer for its plans, reports and self-assessments. */
    public List<Recipient> officersOf(long unitId) {
        return of(users.search(null, unitId, Role.UNIT_OFFICER));
    }

    /** The officers of several units, each person once. */
    public List<Recipient> officersOf(Collection<Long> unitIds) {
        Map<Long, Recipient> once = new LinkedHashMap<>();
        for (long unitId : unitIds) {
            officersOf(unitId).forEach(r -> once.putIfAbsent(r.userId(), r));
        }
        return List.copyOf(once.values());
    }

    /** Every unit's CCHC officers. */
    public List<Recipient> allUnitOfficers() {
        return of(users.search(null, null, Role.UNIT_OFFICER));
    }

    /** The officers of the standing agency (Sở Nội vụ), who follow up, appraise and publish. */
    public List<Recipient> standingAgency() {
        return of(users.search(null, null, Role.STANDING_AGENCY));
    }

    private static List<Recipient> of(List<UserAccount> accounts) {
        return accounts.stream().filter(UserAccount::enabled)
                .map(a -> new Recipient(a.id(), a.fullName(), a.email())).toList();
    }
}
