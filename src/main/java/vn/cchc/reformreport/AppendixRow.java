package vn.cchc.reformreport;

/**
 * One figure of the statistical appendix: the part it belongs to (shown as a heading, e.g. "Nhiệm vụ", "Hồ sơ thủ tục
 * hành chính"), a stable code without dots (e.g. {@code task-done-late-PROCEDURES}), the label in Vietnamese and the
 * value the system computed.
 */
public record AppendixRow(String part, String code, String label, long value) {

    public AppendixRow {
        if (code == null || code.isBlank() || code.contains(".")) {
            throw new IllegalArgumentException("appendix row code " + code);
        }
    }
}
