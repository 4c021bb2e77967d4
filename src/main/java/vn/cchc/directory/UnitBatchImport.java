package vn.cchc.directory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.spreadsheet.ErrorListing;
import vn.cchc.vietnamese.Vietnamese;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way units are created or changed structurally: Excel import, the reference data at start-up
 * and the structure form all come here. A batch is checked whole first, then written in one transaction
 * as an upsert by code; a unit whose structure is already as asked is left alone and not audited, so
 * running the same batch twice changes nothing the second time.
 */
@Component
class UnitBatchImport {

    private final Units units;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final DirectoryCatalogue catalogue;
    private final Successions successions;
    private final Clock clock;

    UnitBatchImport(Units units, AuditLog auditLog, MessageSource messages, DirectoryCatalogue catalogue,
                    Successions successions, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.auditLog = auditLog;
        this.messages = messages;
        this.catalogue = catalogue;
        this.successions = successions;
    }

    @Transactional
    ImportResult run(UnitBatch batch) {
        Map<String, Unit> existing = units.all().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        ImportErrors errors = new ImportErrors(messages, batch.source());
        UnitBatchValidator.check(batch, existing, errors);
        if (!batch.readErrors().isEmpty() || !errors.isEmpty()) {
            List<ImportError> all = new ArrayList<>(batch.readErrors());
            all.addAll(errors.list());
            all.sort(java.util.Comparator.comparingInt(ImportError::row)
                    .thenComparing(e -> e.field() == null ? -1 : e.field().ordinal()));
            return ImportResult.rejected(batch.source(), ErrorListing.firstOf(all, others -> new ImportError(0, null, null,
                    text("unit.import.moreErrors", others))), all.size());
        }
        List<UnitStructure> wanted = batch.rows().stream()
                .map(r -> keepAbsentColumns(r.structure(), existing.get(r.structure().code()), batch))
                .toList();

        // New units first, so parents and successors later in the batch have an id to point at.
        Map<String, Long> ids = units.idsByCode();
        for (UnitStructure s : wanted) {
            if (!existing.containsKey(s.code())) {
                ids.put(s.code(), units.insert(s));
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (UnitStructure s : wanted) {
            Unit before = existing.get(s.code());
            if (before != null && before.structure().equals(s)) {
                unchanged++;
                continue;
            }
            long id = ids.get(s.code());
            units.updateStructure(id, s, s.parentCode() == null ? null : ids.get(s.parentCode()));
            units.replaceAliases(id, s.aliases());
            units.replaceSuccessors(id, s.successorCodes().stream().map(ids::get).toList());
            Unit after = units.findById(id).orElseThrow();
            if (before == null) {
                auditLog.created("unit", id, after.snapshot(), text("unit.audit.created", s.code(), s.name()));
                created++;
            } else {
                if (!before.structure().sameNameAs(s)) {
                    // the old name stays findable for documents written before the change
                    units.recordFormerName(id, before.name(), before.shortName(), LocalDate.now(clock).minusDays(1));
                }
                auditLog.updated("unit", id, before.snapshot(), after.snapshot(),
                        text("unit.audit.updated", s.code(), s.name()));
                successions.changed(id, before.structure(), s, ids);
                updated++;
            }
        }
        if (created + updated > 0) {
            catalogue.changed();
        }
        return new ImportResult(batch.source(), created, updated, unchanged, List.of(), 0);
    }

    /** A column the file does not have keeps the stored value; for a new unit it is simply empty. */
    private static UnitStructure keepAbsentColumns(UnitStructure s, Unit stored, UnitBatch batch) {
        if (stored == null) {
            return s;
        }
        UnitStructure old = stored.structure();
        return new UnitStructure(s.code(), s.name(),
                batch.columns().contains(UnitField.SHORT_NAME) ? s.shortName() : old.shortName(),
                s.kind(),
                batch.columns().contains(UnitField.PARENT) ? s.parentCode() : old.parentCode(),
                batch.columns().contains(UnitField.VALID_FROM) ? s.validFrom() : old.validFrom(),
                batch.columns().contains(UnitField.VALID_TO) ? s.validTo() : old.validTo(),
                batch.columns().contains(UnitField.SUCCESSORS) ? s.successorCodes() : old.successorCodes(),
                batch.columns().contains(UnitField.ALIASES) ? s.aliases() : old.aliases());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Vietnamese.LOCALE);
    }
}
