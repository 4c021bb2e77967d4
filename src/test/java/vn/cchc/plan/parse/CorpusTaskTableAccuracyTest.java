package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real full texts with task tables (src/test/resources/corpus/tables, a copy of shared/corpus/tables, read by
 * hand into gold.json): a provincial plan whose table is a web rendering with a pipe on every line, numbered
 * 1..11 across its groups, and a Prime Minister's decision whose numbering restarts in each group and whose output
 * column comes before the time column. Every task gold lists is compared field by field; each field must be right
 * for at least 95 % of them, and the number of task rows must be exact. The .docx of the plan is read too.
 * Agencies are compared as the reader cuts them (the directory's own cutting is tested in the directory module).
 */
class CorpusTaskTableAccuracyTest {

    private static final double BAR = 0.95;

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    @Test
    void theTasksOfTheRealTablesAreReadRightInAtLeast95PercentOfTheirFields() throws IOException {
        Map<String, int[]> score = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        JsonNode gold = JsonMapper.builder().build().readTree(resource("gold.json"));
        for (JsonNode document : gold.get("documents")) {
            String file = document.get("file").asString();
            List<String> sources = new ArrayList<>(List.of(file));
            String docx = file.replaceFirst("\\.txt$", ".docx");
            if (getClass().getResource("/corpus/tables/" + docx) != null) {
                sources.add(docx);
            }
            for (String source : sources) {
                List<PlanTask> tasks = parsing.parse(resource(source), source, null).tasks();
                int expectedRows = document.get("table").get("total_task_rows").asInt();
                count(score, misses, source, "taskRows", String.valueOf(expectedRows), String.valueOf(tasks.size()));
                for (JsonNode row : document.get("task_rows")) {
                    String where = source + " " + row.get("section").asString() + "." + row.get("no").asString();
                    PlanTask task = tasks.stream().filter(t -> row.get("section").asString().equals(t.section())
                            && row.get("no").asString().equals(t.number())).findFirst().orElse(null);
                    count(score, misses, where, "found", "yes", task == null ? "no" : "yes");
                    if (task == null) {
                        continue;
                    }
                    count(score, misses, where, "content", clean(row.get("task_first60").asString()),
                            task.content() == null ? null : clean(task.content()).substring(0,
                                    Math.min(clean(task.content()).length(), clean(row.get("task_first60").asString()).length())));
                    count(score, misses, where, "lead", agencies(row.get("lead").asString()), agencies(names(task.lead())));
                    count(score, misses, where, "coordinate", agencies(row.get("coord").asString()),
                            agencies(names(task.coordinate())));
                    count(score, misses, where, "deadline", clean(row.get("deadline").asString()),
                            task.deadline().text() == null ? null : clean(task.deadline().text()));
                    count(score, misses, where, "output", row.get("output").isNull() ? null : clean(row.get("output").asString()),
                            task.output() == null ? null : clean(task.output()));
                }
            }
        }
        StringBuilder report = new StringBuilder("Task tables of real full texts\n");
        score.forEach((field, s) -> report.append(String.format(Locale.ROOT, "  %-11s %3d/%-3d %6.1f %%%n", field, s[0], s[1],
                100.0 * s[0] / s[1])));
        misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
        System.out.println(report);
        assertThat(score.get("taskRows")[0]).as("exact task row counts%n%s", report).isEqualTo(score.get("taskRows")[1]);
        score.forEach((field, s) -> assertThat((double) s[0] / s[1]).as("accuracy of %s%n%s", field, report)
                .isGreaterThanOrEqualTo(BAR));
    }

    private static void count(Map<String, int[]> score, List<String> misses, String where, String field, String expected,
                              String actual) {
        int[] s = score.computeIfAbsent(field, f -> new int[2]);
        s[1]++;
        if (java.util.Objects.equals(expected, actual)) {
            s[0]++;
        } else {
            misses.add(where + " " + field + ": expected \"" + expected + "\" but read \"" + actual + "\"");
        }
    }

    private static String names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).collect(Collectors.joining("; "));
    }

    /** An agency list as words between separators: "A, B; C" and "A; B; C" list the same agencies. */
    private static String agencies(String cell) {
        return cell == null || cell.isBlank() ? "" : VietnameseText.fold(cell).replaceAll("\\s*[,;]\\s*", ", ").strip();
    }

    private static String clean(String text) {
        return VietnameseText.clean(text);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CorpusTaskTableAccuracyTest.class.getResourceAsStream("/corpus/tables/" + name)) {
            assertThat(in).as("corpus file %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

}
