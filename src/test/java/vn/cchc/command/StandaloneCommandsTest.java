package vn.cchc.command;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.cchc.time.ProvinceTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./cchc parse-deadline} and {@code ./cchc parse-plan} answered before Spring starts print exactly what the
 * application printed. The goldens under src/test/resources/command/golden were captured from the jar built before
 * the standalone path existed (Spring, embedded PostgreSQL, the stored directory), on 2 December 2026, by running
 * every line of command/cases.tsv: stdout, stderr and the exit code of each.
 */
class StandaloneCommandsTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "command");
    /** The day the goldens were captured: documents that name no year fall back to it. */
    private static final Clock CAPTURE_DAY = Clock.fixed(
            LocalDate.of(2026, 12, 2).atStartOfDay(ProvinceTime.ZONE).toInstant(), ProvinceTime.ZONE);

    record Case(String name, List<String> words) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        return Files.readAllLines(RESOURCES.resolve("cases.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(cells -> new Case(cells[0], List.of(cells).subList(1, cells.length)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsTheBytesTheApplicationPrintedAndEndsWithItsExitCode(Case c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        Optional<Integer> exit = CommandLine.runStandalone(asTyped(c.words()), CAPTURE_DAY, utf8(out), utf8(err));

        Path golden = RESOURCES.resolve("golden");
        assertThat(exit).as("answered without the application").isPresent();
        assertThat(exit.get()).isEqualTo(Integer.parseInt(Files.readString(golden.resolve(c.name() + ".exit")).strip()));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(golden.resolve(c.name() + ".out")));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(golden.resolve(c.name() + ".err")));
    }

    @Test
    void withoutACommandTheApplicationStartsToListEveryCommand() throws Exception {
        assertThat(CommandLine.runStandalone(asTyped(List.of()), CAPTURE_DAY, discard(), discard())).isEmpty();
    }

    @Test
    void theDossierBenchmarkNeedsTheDatabaseSoTheApplicationStarts() throws Exception {
        assertThat(CommandLine.runStandalone(asTyped(List.of("bench", "dossiers", "--rows", "1000")), CAPTURE_DAY,
                discard(), discard())).isEmpty();
    }

    @Test
    void aDatabaseSettingOnTheCommandLineLetsTheApplicationStartEvenForParsing() throws Exception {
        String[] args = {"--spring.profiles.active=command", "--cchc.directory.load-reference=false",
                "parse-deadline", "Quý II/2024"};

        assertThat(CommandLine.runStandalone(args, CAPTURE_DAY, discard(), discard())).isEmpty();
    }

    @Test
    void anXlsxTaskTemplateIsReadByTheStartedApplicationWithItsMessageBundles(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("nhiem-vu-2025.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream file = Files.newOutputStream(template)) {
            book.createSheet("Nhiệm vụ").createRow(0).createCell(0).setCellValue("STT");
            book.write(file);
        }

        assertThat(CommandLine.runStandalone(asTyped(List.of("parse-plan", template.toString())), CAPTURE_DAY,
                discard(), discard())).isEmpty();
    }

    /** The arguments as the ./cchc script passes them to the jar. */
    private static String[] asTyped(List<String> words) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=command"));
        args.addAll(words);
        return args.toArray(String[]::new);
    }

    private static PrintStream utf8(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static PrintStream discard() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
