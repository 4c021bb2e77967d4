package vn.cchc.directory;

import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The structure form as typed: dates as dd/MM/yyyy text, successor codes separated by ";" "," or spaces,
 * one alias a line. Converted to a {@link UnitStructure} and then checked like an imported row.
 */
record StructureForm(String code, String name, String shortName, String kind, String parentCode, String validFrom,
                     String validTo, String successorCodes, String aliases) {


    static StructureForm of(Unit u) {
        return new StructureForm(u.code(), u.name(), u.shortName(), u.kind().name(), u.parentCode(),
                VietnameseDates.format(u.validFrom()),
                VietnameseDates.format(u.validTo()),
                String.join("; ", u.successorCodes()), String.join("\n", u.aliases()));
    }

    static StructureForm empty() {
        return new StructureForm("", "", "", UnitKind.DEPARTMENT.name(), "", "", "", "", "");
    }

    /** Null kind or date when the text is not one; {@link #problems} says which. */
    UnitStructure structure(String fixedCode) {
        return new UnitStructure(fixedCode != null ? fixedCode : code, name, shortName, kind(kind),
                parentCode, day(validFrom), day(validTo), split(successorCodes, "[;,\\s]+"), split(aliases, "[;\\r\\n]+"));
    }

    /** Typed text that could not be read, as (field, value) pairs for the error list. */
    List<Object[]> problems() {
        List<Object[]> out = new java.util.ArrayList<>();
        if (blankOr(validFrom) && day(validFrom) == null) {
            out.add(new Object[]{UnitField.VALID_FROM, validFrom});
        }
        if (blankOr(validTo) && day(validTo) == null) {
            out.add(new Object[]{UnitField.VALID_TO, validTo});
        }
        return out;
    }

    private static boolean blankOr(String text) {
        return text != null && !text.isBlank();
    }

    private static UnitKind kind(String text) {
        try {
            return text == null || text.isBlank() ? null : UnitKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate day(String text) {
        try {
            return VietnameseDates.parse(text);
        } catch (NotVietnameseDate e) {
            return null;
        }
    }

    private static List<String> split(String text, String separators) {
        return text == null ? List.of() : Arrays.stream(text.split(separators)).toList();
    }
}
