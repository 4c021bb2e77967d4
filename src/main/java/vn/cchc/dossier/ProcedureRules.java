package vn.cchc.dossier;

import vn.cchc.vietnamese.NotVietnameseNumber;
import vn.cchc.vietnamese.VietnameseFolding;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a procedure of the catalogue obeys, the same for the edit form and for a row of the Excel file: what
 * is written (texts as typed, numbers the Vietnamese way: "1.200.000") becomes {@link ProcedureValues}, or each
 * broken rule is reported with its column and a Vietnamese message key.
 */
final class ProcedureRules {

    static final int MAX_CODE = 64;
    static final int MAX_NAME = 1000;
    static final int MAX_DAYS = 365;
    /** numeric(14, 0): a fee of more than 99.999.999.999.999 đồng is a typing error. */
    static final BigDecimal MAX_FEE = new BigDecimal("99999999999999");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._-]+");

    /** Receives one broken rule: the column, the message key and its arguments. */
    interface Errors {
        void add(ProcedureColumn column, String key, Object... args);
    }

    private final Map<String, String> fieldCodes = new HashMap<>();

    /** @param fields the catalogue's fields, code to name */
    ProcedureRules(Map<String, String> fields) {
        fields.forEach((code, name) -> {
            fieldCodes.put(VietnameseFolding.foldSpaced(name), code);
            fieldCodes.put(VietnameseFolding.foldSpaced(code), code);
        });
    }

    /**
     * @param written what the form or the row holds, by column; a column that is absent keeps the stored value (or
     *                the default of a new procedure: not online, no fee, no time written down)
     * @param stored  the procedure as stored, or null for a new one
     * @return the values, or null when a rule is broken (each one was given to {@code errors})
     */
    ProcedureValues check(Map<ProcedureColumn, String> written, ProcedureValues stored, Errors errors) {
        boolean ok = true;
        String code = text(written, ProcedureColumn.CODE);
        if (code.isEmpty()) {
            errors.add(ProcedureColumn.CODE, "procedure.error.required");
            ok = false;
        } else if (code.length() > MAX_CODE) {
            errors.add(ProcedureColumn.CODE, "procedure.error.tooLong", MAX_CODE);
            ok = false;
        } else if (!CODE.matcher(code).matches()) {
            errors.add(ProcedureColumn.CODE, "procedure.error.code", code);
            ok = false;
        }
        String name = text(written, ProcedureColumn.NAME).replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.add(ProcedureColumn.NAME, "procedure.error.required");
            ok = false;
        } else if (name.length() > MAX_NAME) {
            errors.add(ProcedureColumn.NAME, "procedure.error.tooLong", MAX_NAME);
            ok = false;
        }
        String fieldText = text(written, ProcedureColumn.FIELD);
        String field = fieldCodes.get(VietnameseFolding.foldSpaced(fieldText));
        if (fieldText.isEmpty()) {
            errors.add(ProcedureColumn.FIELD, "procedure.error.required");
            ok = false;
        } else if (field == null) {
            errors.add(ProcedureColumn.FIELD, "procedure.error.field", fieldText);
            ok = false;
        }
        OnlineLevel level = stored == null ? OnlineLevel.NONE : stored.onlineLevel();
        if (written.containsKey(ProcedureColumn.ONLINE_LEVEL) && !text(written, ProcedureColumn.ONLINE_LEVEL).isEmpty()) {
            level = OnlineLevel.of(text(written, ProcedureColumn.ONLINE_LEVEL));
            if (level == null) {
                errors.add(ProcedureColumn.ONLINE_LEVEL, "procedure.error.level", text(written, ProcedureColumn.ONLINE_LEVEL),
                        OnlineLevel.accepted());
                ok = false;
            }
        }
        Long fee = stored == null ? Long.valueOf(0) : Long.valueOf(stored.fee());
        if (written.containsKey(ProcedureColumn.FEE)) {
            fee = fee(text(written, ProcedureColumn.FEE), errors);
            ok &= fee != null;
        }
        Integer days = stored == null ? null : stored.processingDays();
        boolean daysOk = true;
        if (written.containsKey(ProcedureColumn.PROCESSING_DAYS)) {
            String d = text(written, ProcedureColumn.PROCESSING_DAYS);
            days = null;
            if (!d.isEmpty()) {
                days = days(d);
                if (days == null) {
                    errors.add(ProcedureColumn.PROCESSING_DAYS, "procedure.error.days", d, MAX_DAYS);
                    daysOk = false;
                }
            }
        }
        return ok && daysOk ? new ProcedureValues(code, name, field, level, fee, days) : null;
    }

    /** A blank fee is no fee; otherwise whole đồng, not negative, written the Vietnamese way. */
    private static Long fee(String written, Errors errors) {
        if (written.isEmpty()) {
            return 0L;
        }
        BigDecimal value;
        try {
            value = VietnameseNumbers.parse(written.replaceAll("(?i)\\s*(đồng|dong|đ|vnđ|vnd)$", ""));
        } catch (NotVietnameseNumber e) {
            errors.add(ProcedureColumn.FEE, "procedure.error.fee", written, e);
            return null;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(MAX_FEE) > 0) {
            errors.add(ProcedureColumn.FEE, "procedure.error.feeWhole", written);
            return null;
        }
        return value.longValueExact();
    }

    private static Integer days(String written) {
        try {
            BigDecimal value = VietnameseNumbers.parse(written);
            if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0) {
                return null;
            }
            return value.intValueExact();
        } catch (NotVietnameseNumber e) {
            return null;
        }
    }

    private static String text(Map<ProcedureColumn, String> written, ProcedureColumn column) {
        String s = written.get(column);
        return s == null ? "" : s.strip();
    }
}
