package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        Map<String, int[]> score = new LinkedHashMap<>();
        for (String field : List.of("number", "date", "place", "issuer", "title", "legalBases", "implements", "replaces")) {
            score.put(field, new int[2]);
        }
        List<String> misses = new ArrayList<>();
        JsonNode gold = JsonMapper.builder().build().readTree(resource("gold.json"));
        for (JsonNode expected : gold.get("documents")) {
            String file = expected.get("file").asString();
            String source = documentText(file);
            PlanDocument actual = parsing.parse(source.getBytes(StandardCharsets.UTF_8), file, null).document();
            boolean unsure = expected.path("unsure").asBoolean(false);
            check(score, misses, file, "number", readable(unsure, source, text(expected, "number")), actual.number(),
                    CorpusHeaderAccuracyTest::bare);
            check(score, misses, file, "date", text(expected, "date"),
                    actual.date() == null ? null : actual.date().toString(), s -> s);
            check(score, misses, file, "place", text(expected, "place"), actual.place(), CorpusHeaderAccuracyTest::loose);
            check(score, misses, file, "issuer", issuerAsPrinted(text(expected, "issuer")), actual.issuer(),
                    CorpusHeaderAccuracyTest::loose);
            check(score, misses, file, "title", asPrinted(text(expected, "title")), actual.title(), CorpusHeaderAccuracyTest::loose);
            checkReferences(score, misses, file, expected, actual.references(), unsure, source);
        }
        StringBuilder report = new StringBuilder("Corpus header accuracy (").append(gold.get("documents").size())
                .append(" documents)\n");
        score.forEach((field, s) -> report.append(String.format(Locale.ROOT, "  %-11s %3d/%-3d %6.1f %%%n", field, s[0], s[1],
                s[1] == 0 ? 100.0 : 100.0 * s[0] / s[1])));
        misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
        System.out.println(report);
        score.forEach((field, s) -> assertThat(s[1] == 0 ? 1.0 : (double) s[0] / s[1])
                .as("accuracy of %s%n%s", field, report).isGreaterThanOrEqualTo(BAR));
    }

    private static void checkReferences(Map<String, int[]> score, List<String> misses, String file, JsonNode expected,
                                        List<DocumentReference> found, boolean unsureFile, String source) {
        List<String> unsure = new ArrayList<>();
        if (expected.has("unsure_fields")) {
            expected.get("unsure_fields").forEach(f -> unsure.add(f.asString()));
        }
        int index = 0;
        for (JsonNode ref : expected.path("references")) {
            String field = switch (ref.get("relation").asString()) {
                case "can_cu" -> "legalBases";
                case "implements" -> "implements";
                case "replaces" -> "replaces";
                default -> null;
            };
            ReferenceRelation relation = switch (ref.get("relation").asString()) {
                case "can_cu" -> ReferenceRelation.BASIS;
                case "implements" -> ReferenceRelation.IMPLEMENTS;
                default -> ReferenceRelation.REPLACES;
            };
            boolean dateUnsure = unsure.contains("references[" + index + "].date");
            index++;
            if (field == null || readable(unsureFile, source, ref.get("number").asString()) == null) {
                continue;
            }
            String number = bare(ref.get("number").asString());
            String date = text(ref, "date");
            DocumentReference match = found.stream().filter(r -> bare(r.number()).equals(number)).findFirst().orElse(null);
            boolean right = match != null && match.relation() == relation
                    && (date == null || dateUnsure || match.date() != null && match.date().toString().equals(date));
            score.get(field)[1]++;
            if (right) {
                score.get(field)[0]++;
            } else {
                misses.add(file + " " + field + ": expected " + number + " " + date + " " + relation + ", read "
                        + (match == null ? "nothing" : match.number() + " " + match.date() + " " + match.relation()));
            }
        }
    }

    private static void check(Map<String, int[]> score, List<String> misses, String file, String field, String expected,
                              String actual, java.util.function.UnaryOperator<String> norm) {
        if (expected == null) {
            return;
        }
        score.get(field)[1]++;
        if (actual != null && norm.apply(expected).equals(norm.apply(actual))) {
            score.get(field)[0]++;
        } else {
            misses.add(file + " " + field + ": expected \"" + expected + "\", read \"" + actual + "\"");
        }
    }

    /**
     * Gold notes where an issuer comes from ("ỦY BAN NHÂN DÂN (tỉnh Đắk Lắk; … from site metadata)"): the printed
     * part is what the text holds; a value known only from outside the text ("… — from URL") is not scored.
     */
    private static String issuerAsPrinted(String gold) {
        if (gold == null || gold.contains(" — ")) {
            return null;
        }
        int note = gold.indexOf(" (");
        return note < 0 ? gold : gold.substring(0, note);
    }

    /**
     * In a file gold marks unsure, a value the text does not hold (a number known only from the page's address)
     * is not scored: the reader is measured on what the document says.
     */
    private static String readable(boolean unsureFile, String source, String value) {
        return value == null || !unsureFile || dashless(source).contains(dashless(value)) ? value : null;
    }

    /** Gold completes a cut title in brackets and notes "(truncated)": the text holds only the printed part. */
    private static String asPrinted(String gold) {
        return gold == null ? null : gold.replaceAll("\\[[^\\]]*\\]", "").replace(" (truncated)", "").strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Extraction loses dashes ("30c/NQCP"); whether a number is in the text at all does not depend on them. */
    private static String dashless(String s) {
        return bare(s).replace("-", "");
    }

    private static String bare(String s) {
        return s.replaceAll("\\s", "");
    }

    /** Case, spacing, dash and old/new tone placement ("Uỷ"/"Ủy", "Hoà"/"Hòa") do not count. */
    private static String loose(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("uỷ", "ủy").replace("oà", "òa").replace("oá", "óa").replace("oạ", "ọa")
                .replaceAll("[–—]", "-").replaceAll("\\s*-\\s*", " - ");
        return nfc.replaceAll("\\s+", " ").strip();
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
