package vn.cchc.plan.parse;

import java.util.List;

/**
 * What a plan document says. {@code document}, {@code targets} and {@code tasks} are the JSON contract
 * (docs/plan-parse-contract.md); {@code narrative} carries the prose lists beyond the contract;
 * {@code warnings} are about the whole document (no task table found, fields the reader was unsure of).
 */
public record ParsedPlan(PlanDocument document, List<PlanTarget> targets, List<PlanTask> tasks, PlanNarrative narrative,
                         List<String> warnings) {

    /** Said when a document has no task table: real plans often carry it in an appendix sent as a separate file. */
    public static final String NO_TASK_TABLE = "Không tìm thấy bảng nhiệm vụ; có thể bảng nằm ở phụ lục riêng";

    public ParsedPlan {
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ParsedPlan(PlanDocument document, List<PlanTarget> targets, List<PlanTask> tasks, PlanNarrative narrative) {
        this(document, targets, tasks, narrative, List.of());
    }
}
