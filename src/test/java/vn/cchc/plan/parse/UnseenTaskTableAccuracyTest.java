package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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
        Map<String, int[]> score = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        JsonNode gold = JsonMapper.builder().build().readTree(resource("tables/gold.json"));
        for (JsonNode document : gold.get("documents")) {
            String file = document.get("file").asString();
            String text = documentText(file);
            boolean docx = "docx".equals(document.path("build").asString(""));
            byte[] content = docx ? SpecDocx.build(text) : text.getBytes(StandardCharsets.UTF_8);
            List<PlanTask> tasks = parsing.parse(content, docx ? file.replaceFirst("\\.txt$", ".docx") : file, null).tasks();
            count(score, misses, file, "taskRows", document.get("total_task_rows").asString(), String.valueOf(tasks.size()));
            for (JsonNode row : document.get("task_rows")) {
                String where = file + " " + row.get("section").asString() + "." + row.get("no").asString();
                PlanTask task = tasks.stream().filter(t -> row.get("section").asString().equals(t.section())
                        && row.get("no").asString().equals(t.number())).findFirst().orElse(null);
                count(score, misses, where, "found", "yes", task == null ? "no" : "yes");
                if (task == null) {
                    continue;
                }
                String first60 = clean(row.get("task_first60").asString());
                String content60 = task.content() == null ? null : clean(task.content());
                count(score, misses, where, "content", first60,
                        content60 == null ? null : content60.substring(0, Math.min(content60.length(), first60.length())));
                count(score, misses, where, "lead", agencies(row.get("lead").asString()), agencies(names(task.lead())));
                count(score, misses, where, "coordinate", agencies(row.get("coord").asString()),
                        agencies(names(task.coordinate())));
                String phrase = VietnameseText.fold(row.get("deadline").asString());
                String read = task.deadline().text() == null ? "" : VietnameseText.fold(task.deadline().text());
                count(score, misses, where, "deadline", row.get("deadline").asString(),
                        read.contains(phrase) ? row.get("deadline").asString() : task.deadline().text());
                count(score, misses, where, "due", text(row, "due"), lastDue(task.deadline()));
                count(score, misses, where, "output", text(row, "output"),
                        task.output() == null || task.output().isBlank() ? null : clean(task.output()));
            }
        }
        StringBuilder report = new StringBuilder("Unseen task tables and prose\n");
        score.forEach((field, s) -> report.append(String.format(Locale.ROOT, "  %-11s %3d/%-3d %6.1f %%%n", field, s[0], s[1],
                100.0 * s[0] / s[1])));
        misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
        System.out.println(report);
        assertThat(score.get("taskRows")[0]).as("exact task counts%n%s", report).isEqualTo(score.get("taskRows")[1]);
        score.forEach((field, s) -> assertThat((double) s[0] / s[1]).as("accuracy of %s%n%s", field, report)
                .isGreaterThanOrEqualTo(BAR));
    }

    private static String lastDue(ParsedDeadline deadline) {
        return deadline.milestones().isEmpty() ? null
                : deadline.milestones().get(deadline.milestones().size() - 1).due().toString();
    }

    private static void count(Map<String, int[]> score, List<String> misses, String where, String field, String expected,
                              String actual) {
        int[] s = score.computeIfAbsent(field, f -> new int[2]);
        s[1]++;
        if (Objects.equals(expected, actual)) {
            s[0]++;
        } else {
            misses.add(where + " " + field + ": expected \"" + expected + "\" but read \"" + actual + "\"");
        }
    }

    private static String names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).collect(Collectors.joining("; "));
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
