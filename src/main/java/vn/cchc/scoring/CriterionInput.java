package vn.cchc.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A criterion as typed in a form, a row of an Excel sheet or a line of a sample file; row is for error messages. */
public record CriterionInput(int row, String code, String name, BigDecimal maxPoints, ItemKind kind, Method method,
                      String allowedValues, String indicatorCode, BigDecimal threshold, String bands,
                      boolean evidenceRequired, String guidance) {

    private static final Pattern CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,2}");

    /** Set header: what a set is for, and its caps. */
    public record Header(int year, ScoringGroup group, String name, String decisionRef, BigDecimal bonusCap,
                  BigDecimal penaltyCap) {
    }

    /** One refusal: the row (0 = header) and a message key with arguments. */
    record Problem(int row, String key, Object... args) {
    }

    int level() {
        return code.split("\\.").length;
    }

    String parentCode() {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    /** Checks a whole tree: codes, parents, points, methods. Leaves are the rows no other row has as parent. */
    static List<Problem> validate(List<CriterionInput> rows) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> parents = new HashSet<>();
        for (CriterionInput r : rows) {
            if (r.code() != null && r.parentCode() != null) {
                parents.add(r.parentCode());
            }
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(0, "scoring.criterion.empty"));
        }
        for (CriterionInput r : rows) {
            if (r.code() == null || !CODE.matcher(r.code()).matches()) {
                problems.add(new Problem(r.row(), "scoring.criterion.badCode", r.code() == null ? "" : r.code()));
                continue;
            }
            if (!seen.add(r.code())) {
                problems.add(new Problem(r.row(), "scoring.criterion.duplicateCode", r.code()));
            }
            if (r.parentCode() != null && !seen.contains(r.parentCode())) {
                problems.add(new Problem(r.row(), "scoring.criterion.noParent", r.code(), r.parentCode()));
            }
            if (r.name() == null || r.name().isBlank()) {
                problems.add(new Problem(r.row(), "scoring.criterion.noName", r.code()));
            }
            boolean leaf = !parents.contains(r.code());
            if (!leaf) {
                if (r.kind() != ItemKind.NORMAL) {
                    problems.add(new Problem(r.row(), "scoring.criterion.kindOnParent", r.code()));
                }
                continue;
            }
            if (r.level() == 1) {
                problems.add(new Problem(r.row(), "scoring.criterion.areaWithoutCriteria", r.code()));
                continue;
            }
            if (r.maxPoints() == null || r.maxPoints().signum() <= 0 || r.maxPoints().compareTo(BigDecimal.valueOf(100)) > 0
                    || r.maxPoints().stripTrailingZeros().scale() > 2) {
                problems.add(new Problem(r.row(), "scoring.criterion.badMax", r.code()));
                continue;
            }
            try {
                for (BigDecimal v : Criterion.parseValues(r.allowedValues(), ScoringTexts::parse)) {
                    if (v.signum() < 0 || v.compareTo(r.maxPoints()) > 0) {
                        problems.add(new Problem(r.row(), "scoring.criterion.allowedAboveMax", r.code()));
                        break;
                    }
                }
                for (Criterion.Band b : Criterion.parseBands(r.bands(), ScoringTexts::parse)) {
                    if (b.points().signum() < 0 || b.points().compareTo(r.maxPoints()) > 0) {
                        problems.add(new Problem(r.row(), "scoring.criterion.bandAboveMax", r.code()));
                        break;
                    }
                }
            } catch (ScoringException e) {
                problems.add(new Problem(r.row(), "scoring.criterion.badValues", r.code()));
            }
            if (r.method() == Method.INDICATOR && (r.indicatorCode() == null || r.indicatorCode().isBlank())) {
                problems.add(new Problem(r.row(), "scoring.criterion.noIndicator", r.code()));
            }
            if (r.method() == Method.SOURCE && (r.indicatorCode() == null || r.indicatorCode().isBlank())) {
                problems.add(new Problem(r.row(), "scoring.criterion.noSource", r.code()));
            }
            if ((r.method() == Method.INDICATOR || r.method() == Method.TASK_COMPLETION || r.method() == Method.SOURCE)
                    && r.threshold() == null && (r.bands() == null || r.bands().isBlank())) {
                problems.add(new Problem(r.row(), "scoring.criterion.noRule", r.code()));
            }
            if (r.threshold() != null && r.threshold().signum() <= 0) {
                problems.add(new Problem(r.row(), "scoring.criterion.badThreshold", r.code()));
            }
        }
        return problems;
    }

    static BigDecimal scale(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
