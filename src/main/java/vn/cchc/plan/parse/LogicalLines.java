package vn.cchc.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-joins prose that extraction hard-wrapped (often with blank lines in mid-sentence). A line starts a new
 * logical line when it carries a marker (bullet, "a)", "1.", a Roman heading, "Căn cứ"...) or when the
 * previous one ended a sentence and this one starts with a capital; otherwise it continues the previous one.
 */
final class LogicalLines {

    static final Pattern MARKER = Pattern.compile(
            "^(?:[-+•*]\\s*\\S|[a-zđ]\\)\\s|\\(\\d+\\)\\s|\\d+(?:\\.\\d+)*[.)]\\s|[IVX]{1,5}[.\\-]\\s|Căn cứ|Thực hiện|Triển khai|Theo đề nghị"
                    + "|Điều \\d|Chủ đề|Nơi nhận|Trên đây)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?)”\"]$");

    private LogicalLines() {
    }

    static List<String> of(List<String> rawLines) {
        List<String> result = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : rawLines) {
            String line = VietnameseText.clean(raw).replaceAll("^#+\\s*", "");
            if (line.isEmpty()) {
                continue;
            }
            boolean starts = current == null || MARKER.matcher(line).find() || isUpperHeading(line)
                    || isUpperHeading(current.toString()) || isShortNumberedHeading(current.toString())
                    && Character.isUpperCase(line.codePointAt(0))
                    || (SENTENCE_END.matcher(current).find() && (Character.isUpperCase(line.codePointAt(0)) || line.startsWith("(")));
            if (starts) {
                if (current != null) {
                    result.add(current.toString());
                }
                current = new StringBuilder(line);
            } else {
                current.append(' ').append(line);
            }
        }
        if (current != null) {
            result.add(current.toString());
        }
        return result;
    }

    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\d+(?:\\.\\d+)*\\.\\s");

    /** "2.2. Các cơ quan chủ trì ..." is a heading: the capitalised line after it starts its body, not its tail. */
    private static boolean isShortNumberedHeading(String text) {
        return NUMBERED_HEADING.matcher(text).find() && text.split("\\s+").length <= 18 && !text.contains("%");
    }

    static boolean isUpperHeading(String line) {
        return line.length() > 3 && line.equals(line.toUpperCase()) && line.chars().anyMatch(Character::isLetter);
    }
}
