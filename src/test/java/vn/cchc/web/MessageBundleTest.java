package vn.cchc.web;

import org.junit.jupiter.api.Test;
import vn.cchc.audit.AuditAction;
import vn.cchc.directory.UnitKind;
import vn.cchc.security.Role;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All visible text lives in the Vietnamese bundles: a template with text that no th:text replaces,
 * or a key that no bundle defines, fails here rather than showing "??key??" or English to a user.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Path JAVA = Path.of("src/main/java");

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    /** Text between a tag and the next one. */
    private static final Pattern TEXT_AFTER_TAG = Pattern.compile("(<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>)([^<]*)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"\\{?([a-z]+(?:\\.[a-zA-Z0-9]+)+)}?\"");
    private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove", "th:fragment", "th:errors", "sec:authentication");

    @Test
    void everyKeyATemplateUsesIsDefined() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!bundle.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("keys used in templates but missing from messages/*.properties").isEmpty();
    }

    @Test
    void everyTemplateTextIsReplacedByAMessage() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                    .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>");
            Matcher m = TEXT_AFTER_TAG.matcher(html);
            while (m.find()) {
                String tag = m.group(1);
                String text = m.group(2).strip();
                if (!text.codePoints().anyMatch(Character::isLetter) || tag.startsWith("<!")) {
                    continue;
                }
                boolean replaced = !tag.startsWith("</") && REPLACING_ATTRIBUTES.stream().anyMatch(tag::contains);
                if (!replaced) {
                    hardCoded.add(TEMPLATES.relativize(template) + ": \"" + text + "\" after " + tag);
                }
            }
        }
        assertThat(hardCoded).as("visible text not taken from the message bundles").isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Role r : Role.values()) {
            check(bundle, "role." + r, missing);
        }
        for (UnitKind k : UnitKind.values()) {
            check(bundle, "unit.kind." + k, missing);
        }
        for (AuditAction a : AuditAction.values()) {
            check(bundle, "audit.action." + a, missing);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsDefined() throws IOException {
        Properties bundle = bundle();
        Set<String> prefixes = new TreeSet<>();
        bundle.stringPropertyNames().forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    String prefix = key.substring(0, key.indexOf('.'));
                    if (prefixes.contains(prefix) && !bundle.containsKey(key) && bundle.stringPropertyNames().stream()
                            .noneMatch(k -> k.startsWith(key + "."))) {
                        missing.add(JAVA.relativize(file) + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("message keys named in Java but missing from the bundles").isEmpty();
    }

    private static void check(Properties bundle, String key, List<String> missing) {
        if (!bundle.containsKey(key)) {
            missing.add(key);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Properties bundle() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties")
                    && !f.getFileName().toString().contains("_")).toList()) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    Properties one = new Properties();
                    one.load(r);
                    all.putAll(one);
                }
            }
        }
        return all;
    }
}
