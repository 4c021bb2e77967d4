package vn.cchc.demo;

import org.springframework.core.io.ClassPathResource;
import vn.cchc.scoring.CriteriaSets;
import vn.cchc.scoring.Criterion;
import vn.cchc.scoring.CriterionInput;
import vn.cchc.scoring.ItemKind;
import vn.cchc.scoring.Method;
import vn.cchc.scoring.ScoringTexts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's sample scores and criteria, computed rather than stored: the same unit, criterion and year always get
 * the same points, so the ranking is stable from one load to the next.
 */
final class SampleScores {

    private SampleScores() {
    }

    /** The points of an item for a unit at a level: the level with a spread of ±15 % per item, on allowed values. */
    static BigDecimal points(Criterion c, double level, String unitCode, int year) {
        BigDecimal max = c.maxPoints();
        if (c.kind() == ItemKind.BONUS) {
            return level >= 0.9 ? max.min(BigDecimal.ONE) : BigDecimal.ZERO;
        }
        if (c.kind() == ItemKind.PENALTY) {
            return level < 0.75 ? max.min(BigDecimal.ONE) : BigDecimal.ZERO;
        }
        double spread = (hash(unitCode, c.code(), year) % 1000) / 1000.0 * 0.3 - 0.15;
        double share = Math.max(0, Math.min(1, level + spread));
        BigDecimal wanted = max.multiply(BigDecimal.valueOf(share));
        List<BigDecimal> allowed = c.allowed();
        if (!allowed.isEmpty()) {
            return allowed.stream().min((x, y) -> x.subtract(wanted).abs().compareTo(y.subtract(wanted).abs())).orElseThrow();
        }
        return wanted.multiply(BigDecimal.valueOf(4)).setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY).min(max);
    }

    /** The next score above: the next allowed value, or half a point more; null at the maximum. */
    static BigDecimal above(Criterion c, BigDecimal p) {
        List<BigDecimal> allowed = c.allowed();
        if (!allowed.isEmpty()) {
            return allowed.stream().filter(v -> v.compareTo(p) > 0).min(BigDecimal::compareTo).orElse(null);
        }
        BigDecimal up = p.add(new BigDecimal("0.5")).min(c.maxPoints());
        return up.compareTo(p) > 0 ? up : null;
    }

    static int hash(String unit, String code, int year) {
        return Math.floorMod((unit + "/" + code + "/" + year).hashCode() * 31 + 17, 1_000_003);
    }

    /** Reads a tab-separated demo set: code, name, max, kind, method, allowed, indicator, threshold, bands, evidence, guidance. */
    static List<CriterionInput> rows(String resource) {
        String text;
        try {
            text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CriterionInput> rows = new ArrayList<>();
        int line = 0;
        for (String raw : text.split("\n")) {
            line++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] f = java.util.Arrays.copyOf(raw.split("\t", -1), 11);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i] == null ? "" : f[i].trim();
            }
            rows.add(new CriterionInput(line, f[0], f[1], ScoringTexts.parse(f[2]),
                    f[3].isEmpty() ? ItemKind.NORMAL : ItemKind.valueOf(f[3]),
                    f[4].isEmpty() ? Method.MANUAL : Method.valueOf(f[4]), CriteriaSets.blankToNull(f[5]),
                    CriteriaSets.blankToNull(f[6]), ScoringTexts.parse(f[7]), CriteriaSets.blankToNull(f[8]),
                    "x".equalsIgnoreCase(f[9]), CriteriaSets.blankToNull(f[10])));
        }
        return rows;
    }
}
