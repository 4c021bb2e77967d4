package vn.cchc.directory;

import java.time.LocalDate;

/**
 * What a known name stands for: a unit of the directory, a group, or a collective phrase the
 * directory has no counterpart for (kept as one unresolved piece instead of being picked apart).
 *
 * @param entry       the unit, or null
 * @param group       the group the phrase means until the two-tier reform, or null
 * @param groupAfter  the group it means from {@link #TWO_TIER_FROM}: "địa phương" meant the districts
 *                    before 1/7/2025 and means the communes and wards since
 */
record AgencyNameTarget(DirectoryEntry entry, AgencyGroup group, AgencyGroup groupAfter) {

    /** Law 72/2025/QH15: district-level government dissolved, communes answer directly to the province. */
    static final LocalDate TWO_TIER_FROM = LocalDate.of(2025, 7, 1);

    static AgencyNameTarget unit(DirectoryEntry entry) {
        return new AgencyNameTarget(entry, null, null);
    }

    static AgencyNameTarget group(AgencyGroup group) {
        return new AgencyNameTarget(null, group, group);
    }

    static AgencyNameTarget locality(AgencyGroup before, AgencyGroup after) {
        return new AgencyNameTarget(null, before, after);
    }

    static AgencyNameTarget notInDirectory() {
        return new AgencyNameTarget(null, null, null);
    }

    boolean isUnit() {
        return entry != null;
    }

    boolean isGroup() {
        return group != null;
    }

    AgencyGroup groupOn(LocalDate day) {
        return day.isBefore(TWO_TIER_FROM) ? group : groupAfter;
    }
}
