package vn.cchc.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.cchc.CchcApplication;
import vn.cchc.CchcIntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database: the shared test context ("node A", its scheduler polling every second) and a
 * second SpringApplication of the whole app started here on the same PostgreSQL with its own scheduler name. Each
 * scheduled execution must run on exactly one of them.
 */
class SchedulerAcrossNodesTest extends CchcIntegrationTest {

    private static final int ONE_TIME_INSTANCES = 40;

    @Autowired
    Scheduler scheduler;

    @Autowired
    DataSource dataSource;

    @Autowired
    OneTimeTask<Void> probeOneTimeTask;

    @Autowired
    RecurringTask<Void> probeTickTask;

    private ConfigurableApplicationContext nodeB;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void startSecondNode() throws Exception {
        // the application's role may not create tables: the owner makes the probe's and lets that role write it
        String runtimeRole = jdbc.sql("select current_user").query(String.class).single();
        try (Connection owner = vn.cchc.DatabaseOwner.connect(context); java.sql.Statement s = owner.createStatement()) {
            s.execute("""
                    create table scheduler_probe_run (task_name text not null, task_instance text not null,
                        scheduled_for timestamptz not null, node text, ran_at timestamptz not null default clock_timestamp())""");
            s.execute("grant select, insert, update, delete on scheduler_probe_run to " + runtimeRole);
        }
        String url;
        try (Connection c = dataSource.getConnection()) {
            // the embedded pool's URL names its user (?user=cchc_app): the second node chooses its own below
            url = c.getMetaData().getURL().replaceFirst("\\?.*$", "");
        }
        // command-line arguments, not builder properties: those are defaults that application.properties overrides
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url,
                "--server.port=0", "--management.server.port=0", "--cchc.scheduler.name=node-b",
                "--cchc.scheduler.polling-interval=1s", "--cchc.database.embedded.persistent=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        if (!org.springframework.util.StringUtils.hasText(context.getEnvironment().getProperty("spring.flyway.user"))) {
            // the embedded server: the second node runs its migrations check as the server's superuser; on an external
            // server it takes the owner and runtime roles from the environment, as a real second node does
            arguments.add("--spring.datasource.username=postgres");
        }
        nodeB = new SpringApplicationBuilder(CchcApplication.class).web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
        assertThat(nodeB.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url);
    }

    @AfterEach
    void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
        jdbc.sql("delete from scheduled_tasks where task_name in (?, ?)").params(SchedulerProbe.ONE_TIME, SchedulerProbe.TICK)
                .update();
        try (Connection owner = vn.cchc.DatabaseOwner.connect(context); java.sql.Statement s = owner.createStatement()) {
            s.execute("drop table if exists scheduler_probe_run");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tick being executed cannot be cancelled: try again until it is between two executions (bounded). */
    private void cancelTicks() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try {
                scheduler.cancel(probeTickTask.instance(RecurringTask.INSTANCE));
                return;
            } catch (com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    @Test
    void twoNodesOnOneDatabaseRunEachScheduledExecutionExactlyOnce() throws Exception {
        assertThat(nodeB.getBean(Scheduler.class)).isNotSameAs(scheduler);
        Instant due = Instant.now();
        List<TaskInstance<?>> batch = IntStream.rangeClosed(1, ONE_TIME_INSTANCES)
                .<TaskInstance<?>>mapToObj(i -> probeOneTimeTask.instance("nhac-viec-" + i)).toList();
        scheduler.scheduleBatch(batch, due);
        scheduler.schedule(probeTickTask.instance(RecurringTask.INSTANCE), due);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && (count(SchedulerProbe.ONE_TIME) < ONE_TIME_INSTANCES
                || distinctTicks() < 6)) {
            Thread.sleep(250);
        }
        cancelTicks();
        Thread.sleep(1500); // let an execution in flight finish before counting

        assertThat(count(SchedulerProbe.ONE_TIME)).as("one-time executions").isEqualTo(ONE_TIME_INSTANCES);
        assertThat(jdbc.sql("select count(distinct task_instance) from scheduler_probe_run where task_name = ?")
                .param(SchedulerProbe.ONE_TIME).query(Integer.class).single()).isEqualTo(ONE_TIME_INSTANCES);
        assertThat(distinctTicks()).as("seconds the recurring job ran for").isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("""
                        select task_name || ' ' || task_instance || ' at ' || scheduled_for || ': ' || string_agg(node, ', ')
                        from scheduler_probe_run group by task_name, task_instance, scheduled_for having count(*) > 1""")
                .query(String.class).list()).as("executions that ran more than once").isEmpty();
        assertThat(jdbc.sql("select count(*) from scheduler_probe_run where node is null").query(Integer.class).single())
                .as("executions without the node that ran them").isZero();
        System.out.println("Executions per node: " + jdbc.sql(
                "select node || '=' || count(*) from scheduler_probe_run group by node order by node").query(String.class).list());
    }

    private int count(String task) {
        return jdbc.sql("select count(*) from scheduler_probe_run where task_name = ?").param(task).query(Integer.class).single();
    }

    private int distinctTicks() {
        return jdbc.sql("select count(distinct scheduled_for) from scheduler_probe_run where task_name = ?")
                .param(SchedulerProbe.TICK).query(Integer.class).single();
    }
}
