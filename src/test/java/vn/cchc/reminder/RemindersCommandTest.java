package vn.cchc.reminder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.CchcIntegrationTest;
import vn.cchc.security.Role;
import vn.cchc.time.PinnableClock;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./cchc reminders --on 2025-07-09}: on Wednesday 09/07/2025 a task due Friday 18/07 is 7 working days away
 * and the second quarter's report (due 10 days after 30/06) is 1 working day away; the JSON names the user, the unit,
 * the kind, the thing and the due day as the test computes them from what it set up, and nothing is sent.
 */
class RemindersCommandTest extends CchcIntegrationTest {

    private static final LocalDate ON = LocalDate.of(2025, 7, 9);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RemindersCommand command;
    @Autowired
    PinnableClock clock;
    @Autowired
    ApplicationContext context;

    private ReminderFixture fixture;
    private String officer;

    @BeforeEach
    void anOfficerOfThanhTraTinh() {
        fixture = new ReminderFixture(context);
        officer = fixture.account(Role.UNIT_OFFICER);
    }

    @AfterEach
    void backToTheRealDate() {
        clock.reset();
    }

    private List<JsonNode> run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        clock.pin(ON);
        int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<JsonNode> mine = new ArrayList<>();
        JSON.readTree(out.toString(StandardCharsets.UTF_8)).forEach(n -> {
            if (n.get("user").asString().equals(officer)) {
                mine.add(n);
            }
        });
        return mine;
    }

    @Test
    void theTaskDueInSevenWorkingDaysIsPrintedWithItsUserUnitThingAndDueDay() throws Exception {
        String content = "Kiểm tra việc công khai thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh";
        long task = fixture.taskDue(LocalDate.of(2025, 7, 18), content);

        List<JsonNode> tasks = run("--on", ON.toString()).stream()
                .filter(n -> n.get("thing").get("id").asString().equals(String.valueOf(task))).toList();

        assertThat(tasks).hasSize(1);
        JsonNode r = tasks.get(0);
        assertThat(r.get("unit").asString()).isEqualTo(ReminderFixture.UNIT);
        assertThat(r.get("kind").asString()).isEqualTo("TASK_DUE_IN_7");
        assertThat(r.get("thing").get("type").asString()).isEqualTo("plan_task");
        assertThat(r.get("thing").get("id").asString()).isEqualTo(String.valueOf(task));
        assertThat(r.get("thing").get("label").asString()).isEqualTo("1. " + content);
        assertThat(r.get("due").asString()).isEqualTo("2025-07-18");
        assertThat(r.get("reason").asString()).contains("Còn 7 ngày làm việc").contains("18/07/2025");
    }

    @Test
    void theQuarterlyReportDueTomorrowIsPrintedForTheUnitsOfficer() throws Exception {
        int days = jdbc.sql("select days_after_end from ind_due_rule where period_type = 'QUARTER'").query(Integer.class).single();
        LocalDate due = LocalDate.of(2025, 6, 30).plusDays(days);

        List<JsonNode> reports = run("--on", ON.toString()).stream()
                .filter(n -> n.get("kind").asString().equals("REPORT_DUE_IN_1")).toList();

        assertThat(due).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("thing").get("id").asString()).isEqualTo(fixture.unitId() + "/2025-Q2");
        assertThat(reports.get(0).get("due").asString()).isEqualTo(due.toString());
    }

    @Test
    void printingSendsNothing() throws Exception {
        long task = fixture.taskDue(LocalDate.of(2025, 7, 18), "Kiểm tra việc thực hiện quy chế văn hóa công sở");

        assertThat(run("--on", ON.toString())).isNotEmpty();

        assertThat(fixture.noticesAbout(officer, task, "REMINDER")).isEmpty();
    }

    @Test
    void aDateNotWrittenAsYearMonthDayIsRefusedWithTheUsage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = command.run(List.of("--on", "09/07/2025"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("yyyy-MM-dd").contains("09/07/2025");
    }
}
