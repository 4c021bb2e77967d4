package vn.cchc.dossier;

import vn.cchc.directory.UnitRef;
import vn.cchc.vietnamese.NotVietnameseNumber;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Checks one row of a dossier file against the catalogue (units, procedures, fields) and the rules of its
 * values; every problem is reported with its line and column, and a row with a problem gives no dossier.
 */
final class RowChecks {

    private final RowErrors errors;
    private final Map<String, UnitRef> units;
    private final Map<String, Procedure> procedures;
    private final Set<String> fields;
    private final Long onlyUnit;
    /** A receipt after this is in the future (one clock reading per file, not per row). */
    private final LocalDateTime latestReceipt;

    /** Everything the checks need is read before COPY starts: the connection is busy until it ends. */
    RowChecks(RowErrors errors, Map<String, UnitRef> units, Map<String, Procedure> procedures, Set<String> fields,
              Long onlyUnit, LocalDateTime now) {
        this.latestReceipt = now.plusDays(1);
        this.errors = errors;
        this.units = units;
        this.procedures = procedures;
        this.fields = fields;
        this.onlyUnit = onlyUnit;
    }

    /** The unit the uploader may send dossiers for; null for every unit. */
    Long onlyUnit() {
        return onlyUnit;
    }

    DossierRow validate(Map<Column, String> c, long line) {
        int before = errors.count();
        for (Column col : Column.values()) {
            if (col.required && !c.containsKey(col)) {
                errors.add(line, col, "dossier.error.required", col.header());
            }
        }
        if (errors.count() > before) {
            return null;
        }
        String code = c.get(Column.CODE);
        if (!Values.isCode(code)) {
            errors.add(line, Column.CODE, "dossier.error.code", code);
        }
        UnitRef unit = units.get(c.get(Column.UNIT_CODE));
        if (unit == null) {
            errors.add(line, Column.UNIT_CODE, "dossier.error.unit", c.get(Column.UNIT_CODE));
        } else if (onlyUnit != null && unit.id() != onlyUnit) {
            errors.add(line, Column.UNIT_CODE, "dossier.error.notYourUnit", unit.code());
        }
        Procedure procedure = procedures.get(c.get(Column.PROCEDURE_CODE));
        if (procedure == null) {
            errors.add(line, Column.PROCEDURE_CODE, "dossier.error.procedure", c.get(Column.PROCEDURE_CODE));
        }
        String field = c.get(Column.FIELD_CODE);
        if (field != null && !fields.contains(field)) {
            errors.add(line, Column.FIELD_CODE, "dossier.error.field", field);
        }
        if (field == null && procedure != null) {
            field = procedure.fieldCode();
        }
        LocalDateTime received = date(c, Column.RECEIVED_AT, line);
        LocalDateTime due = date(c, Column.DUE_AT, line);
        LocalDateTime finished = date(c, Column.FINISHED_AT, line);
        LocalDateTime returned = date(c, Column.RETURNED_AT, line);
        if (received != null && due != null && due.isBefore(received)) {
            errors.add(line, Column.DUE_AT, "dossier.error.dueBeforeReceived", c.get(Column.DUE_AT), c.get(Column.RECEIVED_AT));
        }
        if (received != null && finished != null && finished.isBefore(received)) {
            errors.add(line, Column.FINISHED_AT, "dossier.error.finishedBeforeReceived", c.get(Column.FINISHED_AT),
                    c.get(Column.RECEIVED_AT));
        }
        if (returned != null && (finished == null || returned.isBefore(finished))) {
            errors.add(line, Column.RETURNED_AT, "dossier.error.returnedBeforeFinished", c.get(Column.RETURNED_AT));
        }
        if (received != null && received.isAfter(latestReceipt)) {
            errors.add(line, Column.RECEIVED_AT, "dossier.error.future", c.get(Column.RECEIVED_AT));
        }
        int channel = channel(c, line);
        int supplements = integer(c, Column.SUPPLEMENT_REQUESTS, line, 0, 99, 0);
        double supplementDays = decimal(c, Column.SUPPLEMENT_DAYS, line, 3650, false);
        long fee = Math.round(decimal(c, Column.FEE, line, 1e12, true));
        boolean digitised = bool(c, Column.DIGITISED, line);
        boolean eResult = bool(c, Column.ELECTRONIC_RESULT, line);
        boolean paidOnline = bool(c, Column.PAID_ONLINE, line);
        boolean apology = bool(c, Column.APOLOGY, line);
        boolean synced = bool(c, Column.SYNCED, line);
        boolean complaint = bool(c, Column.COMPLAINT, line);
        if (paidOnline && fee <= 0) {
            errors.add(line, Column.PAID_ONLINE, "dossier.error.paidWithoutFee");
        }
        String status = c.get(Column.STATUS);
        if (status != null) {
            DossierStatus known = DossierStatus.of(status);
            if (known == null) {
                errors.add(line, Column.STATUS, "dossier.error.status", status, DossierStatus.accepted());
            } else {
                status = known.name();
            }
        }
        if (errors.count() > before) {
            return null;
        }
        return new DossierRow(line, code, procedure.code(), field, unit.id(), received, due, finished, returned, channel,
                supplements, supplementDays, digitised, eResult, fee, paidOnline, apology, synced, complaint, status,
                procedure.returnsResult() && finished != null);
    }

    private LocalDateTime date(Map<Column, String> c, Column col, long line) {
        String s = c.get(col);
        if (s == null) {
            return null;
        }
        LocalDateTime t = Values.dateTime(s);
        if (t == null || t.getYear() < 2000) {
            errors.add(line, col, "dossier.error.date", col.header(), s);
        }
        return t;
    }

    private int channel(Map<Column, String> c, long line) {
        Channel channel = Channel.of(c.get(Column.CHANNEL));
        if (channel == null) {
            errors.add(line, Column.CHANNEL, "dossier.error.channel", Column.CHANNEL.header(), c.get(Column.CHANNEL),
                    Channel.accepted());
            return 0;
        }
        return channel.number;
    }

    private int integer(Map<Column, String> c, Column col, long line, int min, int max, int otherwise) {
        String s = c.get(col);
        if (s == null) {
            return otherwise;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(line, col, "dossier.error.integer", col.header(), s,
                String.valueOf(min), String.valueOf(max));
        return otherwise;
    }

    private static java.math.BigDecimal vietnameseOrExported(String s) {
        try {
            return VietnameseNumbers.parse(s);
        } catch (NotVietnameseNumber e) {
            if (e.reason() == NotVietnameseNumber.Reason.DECIMAL_DOT) {
                return new java.math.BigDecimal(s.strip());
            }
            throw e;
        }
    }

    /**
     * A fee is whole đồng, so a dot in it can only group thousands, as officers write amounts ("50.000" is fifty
     * thousand, read by the one vi-VN parser) unless it is a machine export's decimal dot ("2345.00"). Supplement days
     * are a few days with a fraction, written with a decimal dot or comma ("2.345", "1,5"), never thousands.
     */
    private double decimal(Map<Column, String> c, Column col, long line, double max, boolean amount) {
        String s = c.get(col);
        if (s == null) {
            return 0;
        }
        try {
            double v = amount ? vietnameseOrExported(s).doubleValue() : Double.parseDouble(s.replace(',', '.'));
            if (v >= 0 && v <= max) {
                return v;
            }
        } catch (NumberFormatException | NotVietnameseNumber e) {
            // reported below
        }
        errors.add(line, col, "dossier.error.number", col.header(), s);
        return 0;
    }

    private boolean bool(Map<Column, String> c, Column col, long line) {
        Boolean b = Values.bool(c.get(col));
        if (b == null) {
            errors.add(line, col, "dossier.error.bool", col.header(), c.get(col));
            return false;
        }
        return b;
    }
}
