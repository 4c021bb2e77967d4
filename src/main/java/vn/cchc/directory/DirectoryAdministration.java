package vn.cchc.directory;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.vietnamese.Vietnamese;

import java.util.EnumSet;
import java.util.List;

/**
 * Changes to the directory. Structure (names, kind, parent, validity, successors, aliases) belongs to the
 * administrator and the standing agency; contact details belong to the unit itself. Every write is audited
 * in its own transaction.
 */
@Service
class DirectoryAdministration {

    private final UnitBatchImport batchImport;
    private final Units units;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final DirectoryCatalogue catalogue;

    DirectoryAdministration(UnitBatchImport batchImport, Units units, AuditLog auditLog,
                            MessageSource messages, DirectoryCatalogue catalogue) {
        this.batchImport = batchImport;
        this.units = units;
        this.auditLog = auditLog;
        this.messages = messages;
        this.catalogue = catalogue;
    }

    /** All rows or none; the result lists every problem when it is refused. */
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    public ImportResult importUnits(UnitBatch batch) {
        return batchImport.run(batch);
    }

    /** Creates a unit from the form, checked exactly like an imported row; an existing code is refused. */
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    public ImportResult createUnit(StructureForm form) {
        ImportErrors read = readProblems(form);
        String code = UnitStructure.clean(form.code());
        if (code != null && units.findByCode(code).isPresent()) {
            read.add(1, UnitField.CODE, "unit.form.code.taken", code);
        }
        return batchImport.run(new UnitBatch(null, List.of(new UnitRow(1, form.structure(null))), read.list(),
                EnumSet.allOf(UnitField.class)));
    }

    /** Changes a unit's structure from the form, checked exactly like an imported row. */
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    public ImportResult updateStructure(String code, StructureForm form) {
        units.findByCode(code).orElseThrow(() -> new UnitNotFound(code));
        return batchImport.run(new UnitBatch(null, List.of(new UnitRow(1, form.structure(code))),
                readProblems(form).list(), EnumSet.allOf(UnitField.class)));
    }

    private ImportErrors readProblems(StructureForm form) {
        ImportErrors read = new ImportErrors(messages, null);
        for (Object[] p : form.problems()) {
            read.add(1, (UnitField) p[0], "unit.import.date.invalid", p[1]);
        }
        return read;
    }

    @PreAuthorize("@unitAccess.canChange(#unitId)")
    @Transactional
    public void updateContact(long unitId, UnitContact contact) {
        Unit before = units.findById(unitId).orElseThrow(() -> new UnitNotFound(String.valueOf(unitId)));
        if (before.contact().equals(contact)) {
            return;
        }
        units.updateContact(unitId, contact);
        Unit after = units.findById(unitId).orElseThrow();
        auditLog.updated("unit", unitId, before.snapshot(), after.snapshot(),
                messages.getMessage("unit.audit.contact", new Object[]{before.code(), before.name()},
                        Vietnamese.LOCALE));
        catalogue.changed();
    }
}
