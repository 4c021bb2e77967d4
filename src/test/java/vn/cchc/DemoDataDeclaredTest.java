package vn.cchc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test that refers to demo rows (a demo account, a seed plan's number, the demo flag, a demo seeder) carries
 * {@link UsesDemoData}, so what needs the demo is visible and the rest is known to stand alone. A test helper that refers
 * to demo rows carries it as well, and so does every test that uses such a helper. The shared base is exempt: it signs
 * in with the demo password only as the user its subclass names, and that name is what the check sees there.
 */
class DemoDataDeclaredTest {

    private static final Path SOURCES = Path.of("src", "test", "java");

    /** The demo seed plans' numbers: a parse test may name them, a test on the database means the demo's copy. */
    private static final Pattern SEED_PLAN_NUMBER =
            Pattern.compile("[\"'](02/KH-BCĐ|2228/QĐ-UBND|89/KH-UBND|/SNV-CCHC)[\"']");

    private static final Map<String, Pattern> DEMO_REFERENCES = new LinkedHashMap<>();

    static {
        DEMO_REFERENCES.put("a demo seeder", Pattern.compile("\\bDemo(Accounts|Plans|Reports|Scoring|Dossiers)\\b|\\bvn\\.cchc\\.demo\\."));
        DEMO_REFERENCES.put("the demo password", Pattern.compile("Demo@2026cchc"));
        DEMO_REFERENCES.put("a demo account",
                Pattern.compile("\"(admin|snv\\.cchc|stp\\.cchc|skhcn\\.cchc|lanhdao|thamdinh|xem)\""));
        DEMO_REFERENCES.put("the demo flag of a row",
                Pattern.compile("(?i)\\b(where|and|not|or)\\s+(\\w+\\.)?demo\\b|::demo\\b"));
        DEMO_REFERENCES.put("a demo note or decision", Pattern.compile("\\[Dữ liệu mẫu]|1171/QĐ-UBND"));
    }

    @Test
    void everyTestThatRefersToDemoRowsSaysSo() {
        Map<String, String> undeclared = new TreeMap<>();
        Map<String, String> sources = readAll();
        Map<String, Class<?>> helpersUsingDemo = new LinkedHashMap<>();
        // a helper that uses demo rows makes its users use them too: follow until nothing new is found
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Class<?> type = load(e.getKey());
                if (helpersUsingDemo.containsKey(type.getSimpleName()) || type == CchcIntegrationTest.class) {
                    continue;
                }
                Optional<String> reason = demoReference(type, e.getValue(), helpersUsingDemo);
                if (reason.isEmpty()) {
                    continue;
                }
                helpersUsingDemo.put(type.getSimpleName(), type);
                grew = true;
                if (!type.isAnnotationPresent(UsesDemoData.class)) {
                    undeclared.put(e.getKey(), reason.get());
                }
            }
        }
        assertThat(undeclared).as("test classes that refer to demo data without @UsesDemoData").isEmpty();
    }

    @Test
    void aTestThatActsAsTheStandingAgencyOfficerWithoutSayingSoIsReported() {
        String source = """
                class PlanReviewTest extends CchcIntegrationTest {
                    // the demo accounts are not needed here: "snv.cchc" in a comment does not count
                    @Test
                    void theStandingAgencyReturnsAPlan() throws Exception {
                        mvc.perform(post("/plans/1/return").with(as("snv.cchc")));
                    }
                }""";

        assertThat(demoReference(Undeclared.class, source, Map.of())).contains("a demo account");
        assertThat(Undeclared.class.isAnnotationPresent(UsesDemoData.class)).isFalse();
    }

    @Test
    void aTestOnTheDatabaseThatLooksUpASeedPlanByNumberUsesTheDemoButAParseTestDoesNot() {
        String source = "long plan = jdbc.sql(\"select id from plan where doc_number = '02/KH-BCĐ'\").query(Long.class).single();";

        assertThat(demoReference(Undeclared.class, source, Map.of())).contains("a seed plan's number");
        assertThat(demoReference(Object.class, source, Map.of())).isEmpty();
    }

    @Test
    void aTestThatUsesAHelperSigningInAsADemoAccountUsesTheDemoToo() {
        String source = "ScoringFixture fx = new ScoringFixture(users, sets, rounds, directory);";

        assertThat(demoReference(Object.class, source, Map.of("ScoringFixture", Object.class)))
                .contains("a helper that uses demo data (ScoringFixture)");
        assertThat(demoReference(Object.class, "Fixture fx;", Map.of("ScoringFixture", Object.class))).isEmpty();
    }

    private static Optional<String> demoReference(Class<?> type, String source, Map<String, Class<?>> helpersUsingDemo) {
        String code = withoutComments(source);
        for (Map.Entry<String, Pattern> reference : DEMO_REFERENCES.entrySet()) {
            if (reference.getValue().matcher(code).find()) {
                return Optional.of(reference.getKey());
            }
        }
        if (CchcIntegrationTest.class.isAssignableFrom(type) && SEED_PLAN_NUMBER.matcher(code).find()) {
            return Optional.of("a seed plan's number");
        }
        for (String helper : helpersUsingDemo.keySet()) {
            if (Pattern.compile("\\b" + helper + "\\b").matcher(code).find()) {
                return Optional.of("a helper that uses demo data (" + helper + ")");
            }
        }
        return Optional.empty();
    }

    /** The source without its comments (string literals kept, so "//" in a URL is not a comment). */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                code.append(source, i, end);
                i = end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, source.length());
                code.append(source, i, j);
                i = j;
            } else {
                code.append(source.charAt(i++));
            }
        }
        return code.toString();
    }

    private static Map<String, String> readAll() {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // The Gatling simulations compile only in the load profile (they need its dependencies).
            List<Path> javaFiles = new ArrayList<>(files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !SOURCES.relativize(p).toString().replace('\\', '/').startsWith("vn/cchc/load/simulation/"))
                    .toList());
            for (Path file : javaFiles) {
                String name = SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                if (!name.equals(DemoDataDeclaredTest.class.getName()) && !name.equals(UsesDemoData.class.getName())) {
                    sources.put(name, Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(sources).as("test sources under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(50);
        return sources;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DemoDataDeclaredTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no compiled class for the test source " + name, e);
        }
    }

    /** Stands for a test on the database that does not carry the annotation. */
    private abstract static class Undeclared extends CchcIntegrationTest {
    }
}
