package vn.cchc.plan.parse;

import java.util.List;

/**
 * What a plan document says. {@code document}, {@code targets} and {@code tasks} are the JSON contract
 * (docs/plan-parse-contract.md); {@code narrative} carries the prose lists beyond the contract.
 */
public record ParsedPlan(PlanDocument document, List<PlanTarget> targets, List<PlanTask> tasks, PlanNarrative narrative) {

    public ParsedPlan {
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
    }
}
