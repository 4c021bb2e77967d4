package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three task lists the reader was not tuned on (src/test/resources/plan/unseen/tables, gold.json read by hand): a
 * Word table with a lead and a coordinating cell merged down and group rows merged across, a markdown pipe table
 * whose numbering restarts in each group, and a plan without a table whose numbered paragraphs assign the work in
 * prose ("Giao … chủ trì, phối hợp với …") or in a list ("- Đơn vị chủ trì: …"). Every task is compared field by
 * field (content's first 60 characters, lead, coordinating bodies, deadline phrase, the due day it means, output);
 * each field must be right for at least 90 % of the tasks, and the task count must be exact for every document.
 */
class UnseenTaskTableAccuracyTest {

    private static final double BAR = 0.90;

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    @Test
    void theTasksOfTablesAndProseTheReaderWasNotTunedOnAreReadRightInAtLeast90PercentOfTheirFields() throws IOException {
        FieldScore score = new FieldScore();
        JsonNode gold = JsonMapper.builder().build().readTree(resource("tables/gold.json"));
        for (JsonNode document : gold.get("documents")) {
            String file = document.get("file").asString();
            String text = documentText(file);
            boolean docx = "docx".equals(document.path("build").asString(""));
            byte[] content = docx ? SpecDocx.build(text) : text.getBytes(StandardCharsets.UTF_8);
            List<PlanTask> tasks = parsing.parse(content, docx ? file.replaceFirst("\\.txt$", ".docx") : file, null).tasks();
            score.count(file, "taskRows", document.get("total_task_rows").asString(), String.valueOf(tasks.size()));
            for (JsonNode row : document.get("task_rows")) {
                String where = file + " " + row.get("section").asString() + "." + row.get("no").asString();
                PlanTask task = tasks.stream().filter(t -> row.get("section").asString().equals(t.section())
                        && row.get("no").asString().equals(t.number())).findFirst().orElse(null);
                score.count(where, "found", "yes", task == null ? "no" : "yes");
                if (task == null) {
                    continue;
                }
                String first60 = clean(row.get("task_first60").asString());
                String content60 = task.content() == null ? null : clean(task.content());
                score.count(where, "content", first60,
                        content60 == null ? null : content60.substring(0, Math.min(content60.length(), first60.length())));
                score.count(where, "lead", agencies(row.get("lead").asString()), agencies(FieldScore.names(task.lead())));
                score.count(where, "coordinate", agencies(row.get("coord").asString()),
                        agencies(FieldScore.names(task.coordinate())));
                String phrase = VietnameseText.fold(row.get("deadline").asString());
                String read = task.deadline().text() == null ? "" : VietnameseText.fold(task.deadline().text());
                score.count(where, "deadline", row.get("deadline").asString(),
                        read.contains(phrase) ? row.get("deadline").asString() : task.deadline().text());
                score.count(where, "due", text(row, "due"), lastDue(task.deadline()));
                score.count(where, "output", text(row, "output"),
                        task.output() == null || task.output().isBlank() ? null : clean(task.output()));
            }
        }
        String report = score.report("Unseen task tables and prose");
        System.out.println(report);
        assertThat(score.allRight("taskRows")).as("exact task counts%n%s", report).isTrue();
        score.accuracies().forEach((field, accuracy) -> assertThat(accuracy).as("accuracy of %s%n%s", field, report)
                .isGreaterThanOrEqualTo(BAR));
    }

    private static String lastDue(ParsedDeadline deadline) {
        return deadline.milestones().isEmpty() ? null
                : deadline.milestones().get(deadline.milestones().size() - 1).due().toString();
    }



    /**
     * The agencies as the reader cut them, one name between semicolons: gold separates agencies with ";" only, so
     * "Phòng Công chức, viên chức" cut at its comma counts as a miss.
     */
    private static String agencies(String cell) {
        return cell == null || cell.isBlank() ? "" : VietnameseText.fold(cell).replaceAll("\\s*;\\s*", "; ").strip();
    }

    private static String clean(String text) {
        return VietnameseText.clean(text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String documentText(String file) throws IOException {
        try (InputStream in = resource("tables/" + file)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            assertThat(lines[0]).startsWith("source:");
            return String.join("\n", Arrays.copyOfRange(lines, 4, lines.length));
        }
    }

    private static InputStream resource(String path) {
        InputStream in = UnseenTaskTableAccuracyTest.class.getResourceAsStream("/plan/unseen/" + path);
        assertThat(in).as("test resource plan/unseen/%s", path).isNotNull();
        return in;
    }
}
