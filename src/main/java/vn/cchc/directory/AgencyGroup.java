package vn.cchc.directory;

import java.util.Set;

/**
 * A collective phrase in a document ("Các sở, ban, ngành", "UBND các huyện, thành, thị").
 * A group resolves to the units of its kinds valid on the document's date; a "concerned" group
 * ("các cơ quan, đơn vị liên quan") stays a group until an officer picks its units.
 */
public enum AgencyGroup {
    // Văn phòng UBND tỉnh is one of the province's specialised agencies, so "các sở, ban, ngành" includes it.
    DEPARTMENTS(Set.of(UnitKind.DEPARTMENT, UnitKind.COMMITTEE_OFFICE), false),
    DISTRICTS(Set.of(UnitKind.FORMER_DISTRICT), false),
    COMMUNES(Set.of(UnitKind.COMMUNE, UnitKind.WARD), false),
    DEPARTMENTS_AND_DISTRICTS(Set.of(UnitKind.DEPARTMENT, UnitKind.COMMITTEE_OFFICE, UnitKind.FORMER_DISTRICT), false),
    DEPARTMENTS_AND_COMMUNES(Set.of(UnitKind.DEPARTMENT, UnitKind.COMMITTEE_OFFICE, UnitKind.COMMUNE, UnitKind.WARD),
            false),
    CONCERNED_DEPARTMENTS(Set.of(UnitKind.DEPARTMENT, UnitKind.COMMITTEE_OFFICE), true),
    CONCERNED_DISTRICTS(Set.of(UnitKind.FORMER_DISTRICT), true),
    CONCERNED_UNITS(Set.of(), true),
    PARTY_BODIES(Set.of(UnitKind.PARTY_BODY), false),
    MASS_ORGANISATIONS(Set.of(UnitKind.FRONT_ORGANISATION), false),
    TASK_FORCE_MEMBERS(Set.of(), true);

    private final Set<UnitKind> kinds;
    private final boolean concerned;

    AgencyGroup(Set<UnitKind> kinds, boolean concerned) {
        this.kinds = kinds;
        this.concerned = concerned;
    }

    public Set<UnitKind> kinds() {
        return kinds;
    }

    /** True when the phrase says "liên quan": the officer must pick the units. */
    public boolean concerned() {
        return concerned;
    }
}
