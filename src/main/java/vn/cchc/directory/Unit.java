package vn.cchc.directory;

import java.time.LocalDate;
import java.util.List;

/** A unit as stored: its structure, its contact details and its database identity. */
public record Unit(long id, UnitStructure structure, UnitContact contact) {

    public String code() {
        return structure.code();
    }

    public String name() {
        return structure.name();
    }

    public String shortName() {
        return structure.shortName();
    }

    public UnitKind kind() {
        return structure.kind();
    }

    public String parentCode() {
        return structure.parentCode();
    }

    public LocalDate validFrom() {
        return structure.validFrom();
    }

    public LocalDate validTo() {
        return structure.validTo();
    }

    public List<String> successorCodes() {
        return structure.successorCodes();
    }

    public List<String> aliases() {
        return structure.aliases();
    }

    public boolean validOn(LocalDate day) {
        return (validFrom() == null || !day.isBefore(validFrom())) && (validTo() == null || !day.isAfter(validTo()));
    }

    /** Merged, dissolved or renamed away before the given day. */
    public boolean formerOn(LocalDate day) {
        return validTo() != null && validTo().isBefore(day);
    }

    public UnitRef ref() {
        return new UnitRef(id, code(), name(), shortName(), kind());
    }

    DirectoryEntry entry() {
        return new DirectoryEntry(ref(), parentCode(), validFrom(), validTo(), successorCodes(), aliases());
    }

    /** What the audit trail records before and after a change: every field, flat, by code rather than id. */
    UnitSnapshot snapshot() {
        return new UnitSnapshot(code(), name(), shortName(), kind(), parentCode(), validFrom(), validTo(),
                successorCodes(), aliases(), contact.address(), contact.phone(), contact.email(), contact.headName());
    }

    public record UnitSnapshot(String code, String name, String shortName, UnitKind kind, String parentCode,
                        LocalDate validFrom, LocalDate validTo, List<String> successorCodes, List<String> aliases,
                        String address, String phone, String email, String headName) {
    }
}
