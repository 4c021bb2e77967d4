package vn.cchc.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone a number is typed on the numeric keyboard: every input of a template that takes a number (a
 * type="number", one whose value is shown as a Vietnamese number, or one named for a quantity) says so with
 * inputmode="numeric" (whole numbers) or "decimal" ("89,5").
 */
class NumericInputModeTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern INPUT = Pattern.compile("<input\\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\s(?:th:)?name=\"([^\"]*)\"");
    /** The last word of a name, also inside an expression: 'g' + ${it.index} + '.value' → value. */
    private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+)\\W*$");
    private static final Pattern INPUT_MODE = Pattern.compile("\\sinputmode=\"(numeric|decimal)\"");
    /** Names of the fields that hold a quantity, as the forms call them. */
    private static final Set<String> QUANTITIES = Set.of("year", "quarter", "percent", "count", "points", "maxPoints",
            "threshold", "value", "fee", "days", "num", "den", "planId");

    static boolean isNumeric(String tag) {
        if (tag.matches("(?s).*\\stype=\"(hidden|checkbox|radio|file|submit)\".*")) {
            return false;
        }
        if (tag.contains("type=\"number\"") || tag.contains("@vn.number(") || tag.contains("@vn.exact(")) {
            return true;
        }
        Matcher name = NAME.matcher(tag);
        if (!name.find()) {
            return false;
        }
        Matcher word = LAST_WORD.matcher(name.group(1).replace("')}", "").replace("'", " "));
        return word.find() && QUANTITIES.contains(word.group(1));
    }

    @Test
    void everyNumericInputOpensTheNumericKeyboard() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int numeric = 0;
        for (Path template : templates) {
            String html = Files.readString(template);
            Matcher m = INPUT.matcher(html);
            while (m.find()) {
                if (isNumeric(m.group())) {
                    numeric++;
                    if (!INPUT_MODE.matcher(m.group()).find()) {
                        long line = html.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                        missing.add(TEMPLATES.relativize(template) + ":" + line + " " + m.group().replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(numeric).as("numeric inputs found (the scan itself works)").isGreaterThan(20);
        assertThat(missing).as("numeric inputs without inputmode=\"numeric\" or \"decimal\"").isEmpty();
    }

    @Test
    void aYearFieldWithoutInputModeIsCaught() {
        assertThat(isNumeric("<input type=\"number\" name=\"year\" class=\"form-control\">")).isTrue();
        assertThat(isNumeric("<input class=\"form-control\" th:name=\"'g' + ${it.index} + '.value'\">")).isTrue();
        assertThat(isNumeric("<input class=\"form-control\" th:name=\"${r.inputName('num')}\">")).isTrue();
        assertThat(isNumeric("<input class=\"form-control\" name=\"title\">")).isFalse();
        assertThat(isNumeric("<input type=\"hidden\" name=\"version\" th:value=\"${@vn.number(v)}\">")).isFalse();
    }
}
