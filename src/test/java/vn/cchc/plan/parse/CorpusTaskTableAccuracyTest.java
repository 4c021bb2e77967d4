package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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
        FieldScore score = new FieldScore();
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
                score.count(source, "taskRows", String.valueOf(expectedRows), String.valueOf(tasks.size()));
                for (JsonNode row : document.get("task_rows")) {
                    String where = source + " " + row.get("section").asString() + "." + row.get("no").asString();
                    PlanTask task = tasks.stream().filter(t -> row.get("section").asString().equals(t.section())
                            && row.get("no").asString().equals(t.number())).findFirst().orElse(null);
                    score.count(where, "found", "yes", task == null ? "no" : "yes");
                    if (task == null) {
                        continue;
                    }
                    score.count(where, "content", clean(row.get("task_first60").asString()),
                            task.content() == null ? null : clean(task.content()).substring(0,
                                    Math.min(clean(task.content()).length(), clean(row.get("task_first60").asString()).length())));
                    score.count(where, "lead", agencies(row.get("lead").asString()), agencies(FieldScore.names(task.lead())));
                    score.count(where, "coordinate", agencies(row.get("coord").asString()),
                            agencies(FieldScore.names(task.coordinate())));
                    score.count(where, "deadline", clean(row.get("deadline").asString()),
                            task.deadline().text() == null ? null : clean(task.deadline().text()));
                    score.count(where, "output", row.get("output").isNull() ? null : clean(row.get("output").asString()),
                            task.output() == null ? null : clean(task.output()));
                }
            }
        }
        String report = score.report("Task tables of real full texts");
        System.out.println(report);
        assertThat(score.allRight("taskRows")).as("exact task counts%n%s", report).isTrue();
        score.accuracies().forEach((field, accuracy) -> assertThat(accuracy).as("accuracy of %s%n%s", field, report)
                .isGreaterThanOrEqualTo(BAR));
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
