package vn.cchc.plan.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric targets in objective sentences: "từ 95% trở lên" (≥), "trên 87%" (>), "100% ..." (=),
 * "không quá / tối đa" (≤), "dưới" (<), and reductions "giảm 10% A và 10% B so với năm 2021" (−10, ≤).
 */
final class TargetReader {

    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("(?<=\\.)\\s+(?=[\\p{Lu}\\d])|;\\s*|\\s+và\\s+(?=(?:giảm\\s+)?\\d+(?:[.,]\\d+)?\\s*%)");
    private static final Pattern BASELINE = Pattern.compile("so với (?:năm )?\\d{4}");

    List<PlanTarget> read(String sentence) {
        String text = sentence.replaceFirst("^(?:\\d+\\.|[a-zđ]\\)|-)\\s*", "").trim();
        List<PlanTarget> targets = new ArrayList<>();
        Matcher baseline = BASELINE.matcher(text);
        String baselineText = baseline.find() ? baseline.group() : null;
        boolean reducing = false;
        for (String clause : CLAUSE_SPLIT.split(text)) {
            Matcher m = PERCENT.matcher(clause);
            if (!m.find()) {
                reducing = false;
                continue;
            }
            String before = clause.substring(0, m.start());
            String after = clause.substring(m.end());
            String foldedBefore = VietnameseText.fold(before);
            String foldedAfter = VietnameseText.fold(after);
            BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
            String comparator = "=";
            String cut = "";
            if (foldedBefore.matches(".*\\bgiam\\s*$") || reducing && foldedBefore.isBlank()) {
                reducing = true;
                value = value.negate();
                comparator = "≤";
                cut = "(?:giảm)\\s*$";
            } else if (foldedBefore.matches(".*\\btu\\s*$") && foldedAfter.startsWith("tro len")) {
                comparator = "≥";
                cut = "(?:đạt\\s+)?(?:tỷ lệ\\s+)?từ\\s*$";
                after = after.replaceFirst("^\\s*trở lên", "");
            } else if (foldedBefore.matches(".*\\b(?:tren|hon)\\s*$")) {
                comparator = ">";
                cut = "(?:đạt\\s+)?(?:trên|hơn)\\s*$";
            } else if (foldedBefore.matches(".*\\b(?:toi da|khong qua)\\s*$")) {
                comparator = "≤";
                cut = "(?:đạt\\s+)?(?:tối đa|không quá)\\s*$";
            } else if (foldedBefore.matches(".*\\bduoi\\s*$")) {
                comparator = "<";
                cut = "(?:đạt\\s+)?dưới\\s*$";
            } else if (foldedBefore.matches(".*\\b(?:it nhat|toi thieu)\\s*$")) {
                comparator = "≥";
                cut = "(?:đạt\\s+)?(?:ít nhất|tối thiểu)\\s*$";
            } else {
                reducing = false;
            }
            // For a reduction the words before "giảm" are the action, not what is measured.
            String head = value.signum() < 0 ? "" : cut.isEmpty() ? before : before.replaceFirst(cut, "");
            head = head.replaceFirst("\\s*đạt\\s*$", "").replaceFirst("^Trong đó,\\s*", "");
            String metric = (head + " " + after).replaceAll("\\s+", " ").replaceAll("^[,\\s]+|[,.;\\s]+$", "").trim();
            if (baselineText != null && !metric.contains(baselineText) && comparator.equals("≤") && value.signum() < 0) {
                metric = metric + " " + baselineText;
            }
            targets.add(new PlanTarget(VietnameseText.clean(text), metric, comparator, value, "%"));
        }
        return targets;
    }
}
