package vn.cchc.plan.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared seed documents, read in place (never copied): a missing folder fails the test. */
final class Seeds {

    static final Path FOLDER = Path.of("..", "shared", "seeds");

    private Seeds() {
    }

    static byte[] bytes(String prefix) throws IOException {
        assertThat(FOLDER).as("seed folder %s", FOLDER.toAbsolutePath()).isDirectory();
        try (Stream<Path> files = Files.list(FOLDER)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + prefix + " missing in " + FOLDER.toAbsolutePath()));
            return Files.readAllBytes(file);
        }
    }

    static String text(String prefix) throws IOException {
        return new String(bytes(prefix), java.nio.charset.StandardCharsets.UTF_8);
    }
}
