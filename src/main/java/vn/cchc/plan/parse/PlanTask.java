package vn.cchc.plan.parse;

import java.util.List;

/**
 * One task line. {@code section} is the heading path it sits under ("I", "II.3", "IV.2.1"),
 * {@code number} its marker there ("4", "a"); {@code quarter} is 1..4 for quarterly orientations.
 */
public record PlanTask(String section, String number, ReformArea area, String content, String directedBy,
                       List<AgencyRef> lead, List<AgencyRef> coordinate, ParsedDeadline deadline, String output,
                       Integer quarter, List<String> warnings) {

    public PlanTask {
        lead = List.copyOf(lead);
        coordinate = List.copyOf(coordinate);
        warnings = List.copyOf(warnings);
    }
}
