package vn.cchc.load;

import vn.cchc.UsesDemoData;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.CchcApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The application under load: started in the load test's own JVM on a free port, with the demo data and the
 * {@link ProvinceSeed} on a throwaway embedded PostgreSQL, and the rows the scenarios feed on read from it.
 */
@UsesDemoData("the demo accounts beside the province-sized data")
public final class LoadApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ProvinceSeed.SeedReport seed;
    private final long startMillis;

    private LoadApp(ConfigurableApplicationContext context, ProvinceSeed.SeedReport seed, long startMillis) {
        this.context = context;
        this.seed = seed;
        this.startMillis = startMillis;
    }

    /** A port nobody listens on now, so the simulation can name its base URL before the application starts. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadApp start(int port) throws IOException {
        long t0 = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CchcApplication.class)
                .profiles("demo", "load")
                // a command-line argument, so it wins over application.properties (default properties would not)
                .run("--server.port=" + port);
        long started = (System.nanoTime() - t0) / 1_000_000;
        // a context closed before the simulation ends makes every later request fail: say who closed it
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e ->
                new Throwable("load test: application context closed").printStackTrace());
        Path work = Files.createDirectories(Path.of("target", "load"));
        ProvinceSeed.SeedReport seed = new ProvinceSeed(context).run(work);
        return new LoadApp(context, seed, started);
    }

    public String summary() {
        return "application started in " + startMillis + " ms; seed " + seed + ", total " + seed.totalMs() + " ms";
    }

    private JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public long planId() {
        return jdbc().sql("select id from plan where identity_key = ?").param(ProvinceSeed.PLAN_KEY).query(Long.class).single();
    }

    public long publishedRound() {
        return jdbc().sql("select max(id) from score_round where status = 'PUBLISHED'").query(Long.class).single();
    }

    /** Reports submitted by units and waiting for the standing agency, one per approval. */
    public List<Map<String, Object>> reportsToApprove() {
        return jdbc().sql("""
                select u.code as "reportUnit", r.period_key as "reportPeriod" from ind_report r join unit u on u.id = r.unit_id
                where r.status = 'SUBMITTED' and r.submitted_by like 'cb.%' order by (r.id * 7919) % 10007
                """).query().listOfRows();
    }

    /**
     * One row per unit officer that leads a task of the load plan: the task, and where the unit has a draft
     * self-assessment in an open round, one manual item it may score (with its maximum, written the Vietnamese way).
     * Units with an assessment come first, so short runs still self-score.
     */
    public List<Map<String, Object>> unitOfficers() {
        return jdbc().sql("""
                select a.username as "username", u.code as "unit", min(t.id) as "taskId",
                       coalesce(max(i.assessment_id)::text, '') as "assessmentId", coalesce(max(i.item_id)::text, '') as "itemId",
                       coalesce(max(i.points), '') as "points"
                from app_user a join unit u on u.id = a.unit_id
                join plan_task_assignee pa on pa.unit_id = u.id and pa.role = 'LEAD' and pa.status <> 'DONE' and pa.review = 'NONE'
                join plan_task t on t.id = pa.task_id join plan p on p.id = t.plan_id and p.identity_key = :plan
                left join lateral (
                    select s.id as assessment_id, si.id as item_id, replace(trim(trailing '.' from trim(trailing '0' from c.max_points::text)), '.', ',') as points
                    from score_assessment s join score_round r on r.id = s.round_id and r.status = 'OPEN'
                    join score_item si on si.assessment_id = s.id join score_criterion c on c.id = si.criterion_id
                    where s.unit_id = u.id and s.status = 'DRAFT' and c.method = 'MANUAL' and c.kind = 'NORMAL'
                      and c.allowed_values is null and c.max_points > 0 and not si.not_applicable
                    order by si.id limit 1) i on true
                where a.username like 'cb.%'
                group by a.username, u.code
                order by max(i.item_id) is null, (min(t.id) * 7919) % 10007
                """).param("plan", ProvinceSeed.PLAN_KEY).query().listOfRows();
    }

    @Override
    public void close() {
        context.close();
    }
}
