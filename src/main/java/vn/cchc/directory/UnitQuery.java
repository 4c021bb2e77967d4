package vn.cchc.directory;

import java.time.LocalDate;

/**
 * Criteria of the unit list, all optional. Without a date and without former units, the list shows the
 * units that exist on {@code today}.
 *
 * @param text          matched against the search key of the name, the short name and the aliases
 * @param validOn       only units that exist on that day
 * @param includeFormer also units that no longer exist (ignored when validOn is set)
 */
public record UnitQuery(String text, UnitKind kind, LocalDate validOn, boolean includeFormer) {

    public static UnitQuery all() {
        return new UnitQuery(null, null, null, true);
    }
}
