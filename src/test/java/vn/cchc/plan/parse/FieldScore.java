package vn.cchc.plan.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Right / scored per field, with every miss named, for the task accuracy tests. */
final class FieldScore {

    private final Map<String, int[]> score = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    void count(String where, String field, String expected, String actual) {
        int[] s = score.computeIfAbsent(field, f -> new int[2]);
        s[1]++;
        if (Objects.equals(expected, actual)) {
            s[0]++;
        } else {
            misses.add(where + " " + field + ": expected \"" + expected + "\" but read \"" + actual + "\"");
        }
    }

    Map<String, Double> accuracies() {
        Map<String, Double> out = new LinkedHashMap<>();
        score.forEach((field, s) -> out.put(field, (double) s[0] / s[1]));
        return out;
    }

    boolean allRight(String field) {
        int[] s = score.get(field);
        return s != null && s[0] == s[1];
    }

    String report(String title) {
        StringBuilder report = new StringBuilder(title).append('\n');
        score.forEach((field, s) -> report.append(String.format(Locale.ROOT, "  %-11s %3d/%-3d %6.1f %%%n", field, s[0], s[1],
                100.0 * s[0] / s[1])));
        misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
        return report.toString();
    }

    static String names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).collect(java.util.stream.Collectors.joining("; "));
    }
}
