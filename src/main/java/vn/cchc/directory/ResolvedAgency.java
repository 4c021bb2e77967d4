package vn.cchc.directory;

import java.util.List;

/**
 * One agency found in a phrase. Exactly one of unit / group is set when resolved; when neither
 * could be found the text is kept verbatim with resolved = false, never dropped.
 *
 * @param text    the part of the phrase this item came from, as written
 * @param unit    the unit, for a named agency
 * @param group   the group, for a collective phrase
 * @param members for a group that is not "concerned": its units valid on the date asked
 */
public record ResolvedAgency(String text, UnitRef unit, AgencyGroup group, List<UnitRef> members) {

    public boolean resolved() {
        return unit != null || group != null;
    }

    public static ResolvedAgency unresolved(String text) {
        return new ResolvedAgency(text, null, null, List.of());
    }
}
