package vn.cchc.plan.parse;

import java.util.List;

/** The prose lists of a plan, beyond the JSON contract: kept so nothing the document says is lost. */
public record PlanNarrative(String theme, List<String> purposes, List<String> requirements, List<String> audiences,
                            List<String> contents, List<String> forms, String budget) {

    public PlanNarrative {
        purposes = List.copyOf(purposes);
        requirements = List.copyOf(requirements);
        audiences = List.copyOf(audiences);
        contents = List.copyOf(contents);
        forms = List.copyOf(forms);
    }

    static PlanNarrative empty() {
        return new PlanNarrative(null, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
