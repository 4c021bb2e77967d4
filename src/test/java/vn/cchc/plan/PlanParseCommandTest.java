package vn.cchc.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.directory.ResolvedAgency;
import vn.cchc.plan.parse.PlanParsing;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./cchc parse-plan} on a real decision whose task table is a separate appendix. */
class PlanParseCommandTest {

    private final PlanParseCommand command = new PlanParseCommand(
            new PlanParsing((phrase, onDate) -> List.of(ResolvedAgency.unresolved(phrase))));

    @Test
    void aDocumentWithoutATaskTablePrintsItsMetadataNoTasksAndTheWarningWithExitCodeZero(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("468-QD-UBND.txt");
        try (InputStream in = getClass().getResourceAsStream("/corpus/docs/08-daknong-chuyen-doi-so-2022-468-QD-UBND.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.writeString(file, all.substring(all.indexOf("\n\n") + 2));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(List.of(file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(json).contains("\"number\" : \"468/QĐ-UBND\"").contains("\"date\" : \"2022-03-01\"")
                .contains("\"tasks\" : [ ]").contains("Không tìm thấy bảng nhiệm vụ; có thể bảng nằm ở phụ lục riêng");
    }

    @Test
    void textThatIsNotAnAdministrativeDocumentIsRefusedWithExitCodeOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mua-sam.txt");
        Files.writeString(file, "Danh sách mua sắm: bút, giấy, mực in.");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(List.of(file.toString()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("không phải là văn bản hành chính");
    }
}
