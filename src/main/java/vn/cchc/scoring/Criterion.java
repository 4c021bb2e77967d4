package vn.cchc.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A node of a criteria set: an area (level 1), a criterion (2) or a sub-criterion (3). {@code indicatorCode} names
 * what feeds a computed item: an indicator's code for {@link Method#INDICATOR}, an item source's code for
 * {@link Method#SOURCE}.
 */
public record Criterion(long id, long setId, Long parentId, String code, int level, int position, String name,
                 BigDecimal maxPoints, String guidance, boolean evidenceRequired, ItemKind kind, Method method,
                 String allowedValues, String indicatorCode, BigDecimal threshold, String bands) {

    /** "0;0,5;1" → [0, 0.5, 1]; empty when any value in the range is allowed. */
    public List<BigDecimal> allowed() {
        return parseValues(allowedValues);
    }

    static List<BigDecimal> parseValues(String text) {
        return parseValues(text, ScoringTexts::stored);
    }

    /** The allowed values of {@code text}, each read by {@code number}: strict for input, tolerant for what is stored. */
    static List<BigDecimal> parseValues(String text, java.util.function.Function<String, BigDecimal> number) {
        List<BigDecimal> values = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                values.add(number.apply(part).setScale(2, RoundingMode.HALF_UP));
            }
        }
        return values;
    }

    /** "95:2;80:1;0:0" → bands, highest threshold first. */
    public List<Band> bandList() {
        return parseBands(bands);
    }

    public record Band(BigDecimal from, BigDecimal points) {
    }

    static List<Band> parseBands(String text) {
        return parseBands(text, ScoringTexts::stored);
    }

    static List<Band> parseBands(String text, java.util.function.Function<String, BigDecimal> number) {
        List<Band> list = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return list;
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split(":");
            if (kv.length != 2) {
                throw new ScoringException("scoring.criterion.badBands", text);
            }
            list.add(new Band(number.apply(kv[0]), number.apply(kv[1])));
        }
        list.sort((a, b) -> b.from().compareTo(a.from()));
        return list;
    }

    public boolean computed() {
        return method == Method.INDICATOR || method == Method.TASK_COMPLETION || method == Method.SOURCE;
    }
}
