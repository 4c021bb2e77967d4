package vn.cchc.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What the directory says a unit is, as opposed to how to reach it ({@link UnitContact}): the part an
 * import, the reference data or the standing agency sets. Blank text becomes null and the lists are kept
 * sorted and without repeats, so two structures that mean the same thing are equal. That equality is
 * what makes a re-import of the same file change nothing.
 */
record UnitStructure(String code, String name, String shortName, UnitKind kind, String parentCode,
                            LocalDate validFrom, LocalDate validTo, List<String> successorCodes,
                            List<String> aliases) {

    public UnitStructure {
        code = clean(code);
        name = clean(name);
        shortName = clean(shortName);
        parentCode = clean(parentCode);
        successorCodes = canonical(successorCodes);
        aliases = canonical(aliases);
    }

    static UnitStructure of(DirectoryEntry entry) {
        UnitRef u = entry.unit();
        return new UnitStructure(u.code(), u.name(), u.shortName(), u.kind(), entry.parentCode(),
                entry.validFrom(), entry.validTo(), entry.successorCodes(), entry.aliases());
    }

    boolean sameNameAs(UnitStructure other) {
        return Objects.equals(name, other.name) && Objects.equals(shortName, other.shortName);
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static List<String> canonical(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> set = new LinkedHashSet<>();
        for (String v : values) {
            String c = clean(v);
            if (c != null) {
                set.add(c);
            }
        }
        List<String> sorted = new ArrayList<>(set);
        sorted.sort(null);
        return List.copyOf(sorted);
    }
}
