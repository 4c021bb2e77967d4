package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header of 25 real document openings (src/test/resources/corpus, read by hand into gold.json): every field
 * gold gives must be read right in at least 95 % of the documents. Prints the accuracy per field and the misses.
 * Comparison rules are in docs/plan-parse-contract.md ("Corpus accuracy").
 */
class CorpusHeaderAccuracyTest {

    private static final double BAR = 0.95;

    private final PlanParsing parsing = new PlanParsing(new UnresolvedAgencies());

    @Test
    void everyHeaderFieldOfTheRealCorpusIsReadRightInAtLeast95PercentOfDocuments() throws IOException {
        HeaderAccuracy accuracy = new HeaderAccuracy();
        JsonNode gold = JsonMapper.builder().build().readTree(resource("gold.json"));
        for (JsonNode expected : gold.get("documents")) {
            String file = expected.get("file").asString();
            String source = documentText(file);
            accuracy.score(expected, source, parsing.parse(source.getBytes(StandardCharsets.UTF_8), file, null).document());
        }
        String report = accuracy.report("Corpus header accuracy");
        System.out.println(report);
        HeaderAccuracy.FIELDS.forEach(field -> assertThat(accuracy.accuracy(field))
                .as("accuracy of %s%n%s", field, report).isGreaterThanOrEqualTo(BAR));
    }

    /** The file without its three provenance lines and the blank line after them. */
    static String documentText(String file) throws IOException {
        String all = new String(resource("docs/" + file).readAllBytes(), StandardCharsets.UTF_8);
        String[] lines = all.split("\n", -1);
        assertThat(lines[0]).startsWith("source:");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, 4, lines.length));
    }

    static InputStream resource(String path) {
        InputStream in = CorpusHeaderAccuracyTest.class.getResourceAsStream("/corpus/" + path);
        assertThat(in).as("test resource corpus/%s", path).isNotNull();
        return in;
    }
}
