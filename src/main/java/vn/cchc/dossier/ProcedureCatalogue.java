package vn.cchc.dossier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.spreadsheet.ErrorListing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The province's own changes to the procedure catalogue, so that a dossier file's unknown procedure code can be fixed
 * without a developer: an edit of one procedure (guarded by the version it read) and an Excel import (checked whole,
 * then written in one transaction; a row that asks for what is stored changes nothing), each change audited.
 */
@Service
class ProcedureCatalogue {

    enum Outcome { SAVED, UNCHANGED, STALE, INVALID, NOT_FOUND }

    /** An edit's answer: its outcome and, when INVALID, the Vietnamese message of each field that broke a rule. */
    record Edit(Outcome outcome, Map<ProcedureColumn, String> errors) {
    }

    /** An import's answer: counts when accepted; the first errors (row, column, message) and their number when not. */
    record Import(String fileName, int created, int updated, int unchanged, List<IngestError> errors, int errorCount) {
        public boolean accepted() {
            return errorCount == 0;
        }
    }

    private final CatalogueProcedures procedures;
    private final ProcedureSheet sheet;
    private final AuditLog audit;
    private final MessageSource messages;

    ProcedureCatalogue(CatalogueProcedures procedures, ProcedureSheet sheet, AuditLog audit, MessageSource messages) {
        this.procedures = procedures;
        this.sheet = sheet;
        this.audit = audit;
        this.messages = messages;
    }

    /** @param written the form's fields; the code is the procedure's and cannot change (dossiers are filed under it) */
    @Transactional
    Edit edit(String code, Map<ProcedureColumn, String> written, int version) {
        CatalogueProcedure stored = procedures.find(code).orElse(null);
        if (stored == null) {
            return new Edit(Outcome.NOT_FOUND, Map.of());
        }
        Map<ProcedureColumn, String> form = new EnumMap<>(written);
        form.put(ProcedureColumn.CODE, code);
        Map<ProcedureColumn, String> errors = new EnumMap<>(ProcedureColumn.class);
        ProcedureValues wanted = new ProcedureRules(procedures.fields()).check(form, stored.values(),
                (column, key, args) -> errors.putIfAbsent(column, text(key, args)));
        if (wanted == null) {
            return new Edit(Outcome.INVALID, errors);
        }
        if (wanted.equals(stored.values())) {
            // a second click of the same form, or nothing changed: nothing to write
            return new Edit(Outcome.UNCHANGED, Map.of());
        }
        if (stored.version() != version || procedures.update(wanted, version) == 0) {
            // the same form sent twice at once: the first one's save is what this one asked for
            boolean same = procedures.find(code).map(now -> now.values().equals(wanted)).orElse(false);
            return new Edit(same ? Outcome.UNCHANGED : Outcome.STALE, Map.of());
        }
        audit.updated("dossier_procedure", code, stored.values(), wanted, text("procedure.audit.updated", code, wanted.name()));
        return new Edit(Outcome.SAVED, Map.of());
    }

    @Transactional
    Import importFile(String fileName, byte[] xlsx) {
        ProcedureSheet.Rows read = sheet.read(fileName, xlsx);
        if (!read.fileErrors().isEmpty()) {
            return rejected(fileName, read.fileErrors());
        }
        procedures.lock();
        Map<String, CatalogueProcedure> stored = procedures.all().stream()
                .collect(Collectors.toMap(CatalogueProcedure::code, Function.identity()));
        ProcedureRules rules = new ProcedureRules(procedures.fields());
        List<IngestError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<ProcedureValues> wanted = new ArrayList<>();
        for (ProcedureSheet.Row row : read.rows()) {
            String code = row.written().getOrDefault(ProcedureColumn.CODE, "").strip();
            CatalogueProcedure before = stored.get(code);
            ProcedureValues v = rules.check(row.written(), before == null ? null : before.values(),
                    (column, key, args) -> errors.add(new IngestError(row.number(), sheet.name(column), text(key, args))));
            Integer first = code.isEmpty() ? null : firstRowOfCode.putIfAbsent(code, row.number());
            if (first != null) {
                errors.add(new IngestError(row.number(), sheet.name(ProcedureColumn.CODE),
                        text("procedure.error.duplicate", code, first)));
            } else if (v != null) {
                wanted.add(v);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingLong(IngestError::line));
            return rejected(fileName, errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ProcedureValues v : wanted) {
            CatalogueProcedure before = stored.get(v.code());
            if (before == null) {
                procedures.insert(v);
                audit.created("dossier_procedure", v.code(), v, text("procedure.audit.imported", v.code(), v.name(), fileName));
                created++;
            } else if (before.values().equals(v)) {
                unchanged++;
            } else {
                procedures.update(v, before.version());
                audit.updated("dossier_procedure", v.code(), before.values(), v,
                        text("procedure.audit.imported", v.code(), v.name(), fileName));
                updated++;
            }
        }
        return new Import(fileName, created, updated, unchanged, List.of(), 0);
    }

    @Transactional(readOnly = true)
    byte[] template() {
        return sheet.template(procedures.fields());
    }

    @Transactional(readOnly = true)
    byte[] export() {
        return sheet.write(procedures.all(), procedures.fields());
    }

    private Import rejected(String fileName, List<IngestError> errors) {
        List<IngestError> listed = ErrorListing.firstOf(errors,
                others -> new IngestError(0, null, text("procedure.import.moreErrors", others)));
        return new Import(fileName, 0, 0, 0, listed, errors.size());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
