package vn.cchc.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole batch against itself and the stored directory before anything is written, and reports
 * every problem rather than the first: an officer fixing a 130-row sheet wants the full list at once.
 */
final class UnitBatchValidator {

    /** Upper-case ASCII, digits and "_": stable in URLs (/units/SO_NOI_VU) and never a page name like "import". */
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private UnitBatchValidator() {
    }

    /**
     * @param existing the stored units by code; a parent or successor may be stored or in the batch
     */
    static void check(UnitBatch batch, Map<String, Unit> existing, ImportErrors errors) {
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        existing.values().forEach(u -> parents.put(u.code(), u.parentCode()));
        Set<String> known = new HashSet<>(existing.keySet());
        for (UnitRow row : batch.rows()) {
            if (row.structure().code() != null) {
                known.add(row.structure().code());
            }
        }
        List<UnitRow> checkable = new ArrayList<>();
        for (UnitRow row : batch.rows()) {
            UnitStructure s = row.structure();
            int n = row.number();
            if (s.code() == null) {
                required(batch, n, UnitField.CODE, errors);
            } else if (!CODE.matcher(s.code()).matches()) {
                errors.add(n, UnitField.CODE, "unit.import.code.format", s.code());
            } else if (firstRow.containsKey(s.code())) {
                errors.add(n, UnitField.CODE, "unit.import.code.duplicate", s.code(),
                        String.valueOf(firstRow.get(s.code())));
            } else {
                firstRow.put(s.code(), n);
                checkable.add(row);
                if (batch.columns().contains(UnitField.PARENT)) {
                    parents.put(s.code(), s.parentCode());
                }
            }
            if (s.name() == null) {
                required(batch, n, UnitField.NAME, errors);
            }
            if (s.kind() == null) {
                required(batch, n, UnitField.KIND, errors);
            }
            if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
                errors.add(n, UnitField.VALID_TO, "unit.import.validTo.beforeFrom");
            }
            if (s.parentCode() != null) {
                if (s.parentCode().equals(s.code())) {
                    errors.add(n, UnitField.PARENT, "unit.import.parent.self");
                } else if (!known.contains(s.parentCode())) {
                    errors.add(n, UnitField.PARENT, "unit.import.code.unknown", s.parentCode());
                }
            }
            for (String successor : s.successorCodes()) {
                if (successor.equals(s.code())) {
                    errors.add(n, UnitField.SUCCESSORS, "unit.import.successor.self");
                } else if (!known.contains(successor)) {
                    errors.add(n, UnitField.SUCCESSORS, "unit.import.code.unknown", successor);
                }
            }
        }
        for (UnitRow row : checkable) {
            String cycle = cycleFrom(row.structure().code(), parents);
            if (cycle != null) {
                errors.add(row.number(), UnitField.PARENT, "unit.import.parent.cycle", cycle);
            }
        }
    }

    private static void required(UnitBatch batch, int row, UnitField field, ImportErrors errors) {
        // an unreadable value (an unknown kind, say) is already reported; "missing" would only confuse
        if (!batch.hasReadError(row, field)) {
            errors.add(row, field, "unit.import.required");
        }
    }

    /** "A → B → A" when following parents from the code comes back to it, else null. */
    private static String cycleFrom(String code, Map<String, String> parents) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        String current = code;
        while (current != null && !seen.containsKey(current)) {
            seen.put(current, true);
            current = parents.get(current);
        }
        if (current == null || !current.equals(code)) {
            return null;
        }
        return String.join(" → ", seen.keySet()) + " → " + code;
    }
}
