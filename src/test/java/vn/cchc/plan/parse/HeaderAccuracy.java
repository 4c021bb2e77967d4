package vn.cchc.plan.parse;

import tools.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Scores header fields read from documents against a hand-read gold (the shape of shared/corpus/gold.json), with
 * the comparison rules of docs/plan-parse-contract.md ("Corpus accuracy"). One instance scores one set of documents.
 */
final class HeaderAccuracy {

    static final List<String> FIELDS = List.of("number", "date", "place", "issuer", "title", "legalBases", "implements",
            "replaces");

    private final Map<String, int[]> score = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private int documents;

    HeaderAccuracy() {
        FIELDS.forEach(field -> score.put(field, new int[2]));
    }

    /** Scores one document: {@code source} is its text as the reader got it (for "is the number in the text at all"). */
    void score(JsonNode expected, String source, PlanDocument actual) {
        documents++;
        String file = expected.get("file").asString();
        boolean unsure = expected.path("unsure").asBoolean(false);
        check(file, "number", readable(unsure, source, text(expected, "number")), actual.number(), HeaderAccuracy::bare);
        check(file, "date", text(expected, "date"), actual.date() == null ? null : actual.date().toString(), s -> s);
        check(file, "place", text(expected, "place"), actual.place(), HeaderAccuracy::loose);
        check(file, "issuer", issuerAsPrinted(text(expected, "issuer")), actual.issuer(), HeaderAccuracy::loose);
        check(file, "title", asPrinted(text(expected, "title")), actual.title(), HeaderAccuracy::loose);
        checkReferences(file, expected, actual.references(), unsure, source);
    }

    /** Right / scored for one field; a field gold never gives counts as fully right. */
    double accuracy(String field) {
        int[] s = score.get(field);
        return s[1] == 0 ? 1.0 : (double) s[0] / s[1];
    }

    String report(String title) {
        StringBuilder report = new StringBuilder(title).append(" (").append(documents).append(" documents)\n");
        score.forEach((field, s) -> report.append(String.format(Locale.ROOT, "  %-11s %3d/%-3d %6.1f %%%n", field, s[0], s[1],
                s[1] == 0 ? 100.0 : 100.0 * s[0] / s[1])));
        misses.forEach(m -> report.append("  miss ").append(m).append('\n'));
        return report.toString();
    }

    private void checkReferences(String file, JsonNode expected, List<DocumentReference> found, boolean unsureFile,
                                 String source) {
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

    private void check(String file, String field, String expected, String actual, UnaryOperator<String> norm) {
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
}
