package vn.cchc.plan.parse;

/**
 * A group heading of a task table as printed: {@code section} "I" and {@code title} "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO,
 * ĐIỀU HÀNH", so screens and exports can show "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH" rather than "Phần I".
 */
public record PlanSection(String section, String title) {

    /** "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH"; the bare section when the title is unknown. */
    public static String heading(String section, String title) {
        if (section == null || section.isBlank()) {
            return title == null ? "" : title;
        }
        return title == null || title.isBlank() ? section : section + ". " + title;
    }
}
