package vn.cchc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** No god classes: a production source file grows past 400 lines only by splitting it along its seams. */
class ClassSizeTest {

    static final int MAX_LINES = 400;

    @Test
    void noProductionClassIsLongerThan400Lines() throws IOException {
        Path root = Path.of("src/main/java");
        Map<String, Long> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                long lines;
                try (Stream<String> all = Files.lines(file)) {
                    lines = all.count();
                }
                if (lines > MAX_LINES) {
                    tooLong.put(name, lines);
                }
            }
        }
        assertThat(tooLong).as("production classes over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void theCountSeesTheSourceTree() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/cchc"))) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertThat(java).hasSizeGreaterThan(100);
        }
    }
}
