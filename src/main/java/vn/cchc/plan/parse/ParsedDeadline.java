package vn.cchc.plan.parse;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * A deadline phrase as printed plus what it means. Warnings are not part of the JSON deadline:
 * the plan parser copies them into the task's warnings.
 */
public record ParsedDeadline(String text, DeadlineKind kind, List<Milestone> milestones, Recurrence recurrence,
                             @JsonIgnore List<String> warnings) {

    public ParsedDeadline {
        milestones = List.copyOf(milestones);
        warnings = List.copyOf(warnings);
    }

    static ParsedDeadline absent() {
        return new ParsedDeadline(null, DeadlineKind.UNSPECIFIED, List.of(), null, List.of());
    }

    @JsonIgnore
    public boolean understood() {
        return kind != DeadlineKind.UNSPECIFIED;
    }
}
