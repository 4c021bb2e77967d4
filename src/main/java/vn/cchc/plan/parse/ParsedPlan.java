package vn.cchc.plan.parse;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * What a plan document says. {@code document}, {@code targets} and {@code tasks} are the JSON contract
 * (docs/plan-parse-contract.md); {@code narrative} carries the prose lists beyond the contract;
 * {@code warnings} are about the whole document (no task table found, fields the reader was unsure of);
 * {@code sections} are the titles of the task table's group headings, kept for the import (not in the JSON, so
 * the contract and {@code ./cchc parse-plan} print what they printed before).
 */
public record ParsedPlan(PlanDocument document, List<PlanTarget> targets, List<PlanTask> tasks, PlanNarrative narrative,
                         List<String> warnings, @JsonIgnore List<PlanSection> sections) {

    /** Said when a document has no task table: real plans often carry it in an appendix sent as a separate file. */
    public static final String NO_TASK_TABLE = "Không tìm thấy bảng nhiệm vụ; có thể bảng nằm ở phụ lục riêng";

    public ParsedPlan {
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public ParsedPlan(PlanDocument document, List<PlanTarget> targets, List<PlanTask> tasks, PlanNarrative narrative,
                      List<String> warnings) {
        this(document, targets, tasks, narrative, warnings, List.of());
    }

    /** The printed title of a section ("I" → "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH"), null when none was printed. */
    @JsonIgnore
    public String sectionTitle(String section) {
        return sections.stream().filter(s -> s.section().equals(section)).map(PlanSection::title).findFirst().orElse(null);
    }

    public ParsedPlan(PlanDocument document, List<PlanTarget> targets, List<PlanTask> tasks, PlanNarrative narrative) {
        this(document, targets, tasks, narrative, List.of());
    }
}
