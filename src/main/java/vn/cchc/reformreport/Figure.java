package vn.cchc.reformreport;

/**
 * One appendix figure as the report keeps it: what the system computed and, when the officer typed another value,
 * that value with the explanation it needs. The report's figure is the typed value if there is one.
 */
record Figure(String part, String code, String label, Long computed, Long typed, String explanation) {

    static Figure of(AppendixRow row) {
        return new Figure(row.part(), row.code(), row.label(), row.value(), null, null);
    }

    long value() {
        return typed != null ? typed : computed == null ? 0 : computed;
    }

    /** Typed where the system has its own, different, figure: shown side by side, and explained. */
    public boolean differs() {
        return typed != null && computed != null && !typed.equals(computed);
    }

    Figure typing(Long value, String why) {
        return new Figure(part, code, label, computed, value, why == null || why.isBlank() ? null : why.strip());
    }
}
