package vn.cchc.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.CchcIntegrationTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysCommandTest extends CchcIntegrationTest {

    @Autowired
    WorkingDaysCommand command;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void fromFriday24January2025AddFivePrints7February2025() {
        assertThat(run("--from", "2025-01-24", "--add", "5")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("2025-02-07");
    }

    @Test
    void aDateThatDoesNotExistIsAUsageError() {
        assertThat(run("--from", "2025-02-30", "--add", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("yyyy-MM-dd");
    }
}
