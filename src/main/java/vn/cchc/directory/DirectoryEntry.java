package vn.cchc.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit with what name resolution and the reference data need: validity, parent, successors, aliases.
 * validTo is inclusive and null while the unit exists.
 */
record DirectoryEntry(UnitRef unit, String parentCode, LocalDate validFrom, LocalDate validTo,
                             List<String> successorCodes, List<String> aliases) {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
