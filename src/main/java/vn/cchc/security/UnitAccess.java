package vn.cchc.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The unit scope of writes: an officer changes only their own unit's data. Administrators may change
 * any unit's data. Modules call {@link #requireOwnUnit(long)} in their services, or use the bean name
 * in annotations: {@code @PreAuthorize("@unitAccess.canChange(#unitId)")}.
 */
@Component("unitAccess")
public class UnitAccess {

    private final Users users;

    UnitAccess(Users users) {
        this.users = users;
    }

    public boolean canChange(Long unitId) {
        return CurrentUser.get()
                .map(u -> u.has(Role.ADMIN) || (unitId != null && unitId == u.unitId()
                        && (u.has(Role.UNIT_OFFICER) || u.has(Role.STANDING_AGENCY))))
                .orElse(false);
    }

    public void requireOwnUnit(long unitId) {
        if (!canChange(unitId)) {
            throw new AccessDeniedException("Bạn chỉ được thay đổi dữ liệu của đơn vị mình.");
        }
    }

    /** The standing agency (or an administrator) acts on every unit: confirms, returns, opens rounds. */
    public boolean isStandingAgency() {
        return CurrentUser.get().map(u -> u.has(Role.STANDING_AGENCY) || u.has(Role.ADMIN)).orElse(false);
    }

    /** A leader who follows the unit (the administrator assigns followed units on the account). */
    public boolean follows(long unitId) {
        return CurrentUser.get().filter(u -> u.has(Role.LEADER))
                .flatMap(u -> users.find(u.id())).map(a -> a.followedUnitIds().contains(unitId)).orElse(false);
    }

    /**
     * Who may read a unit's work before it is submitted or published: the unit itself, the standing agency
     * (and the administrator) and the leaders who follow the unit.
     */
    public boolean canReadUnsubmitted(long unitId) {
        return isStandingAgency() || CurrentUser.get().map(u -> u.unitId() == unitId).orElse(false) || follows(unitId);
    }

    /** {@link #canReadUnsubmitted} for many units at once, for a list or search query. */
    public ReadableUnits readableUnsubmitted() {
        if (isStandingAgency()) {
            return new ReadableUnits(true, java.util.List.of());
        }
        return CurrentUser.get().map(u -> {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            ids.add(u.unitId());
            if (u.has(Role.LEADER)) {
                users.find(u.id()).ifPresent(a -> ids.addAll(a.followedUnitIds()));
            }
            return new ReadableUnits(false, ids);
        }).orElse(new ReadableUnits(false, java.util.List.of()));
    }
}
