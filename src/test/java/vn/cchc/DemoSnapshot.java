package vn.cchc;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the demo seeders wrote, told apart from what tests write later: the highest progress id at the moment the
 * first integration test class starts (the demo is loaded before the context answers, and no test has written yet),
 * taken once per JVM, so a check on the demo's own rows holds in any test order.
 */
public final class DemoSnapshot {

    private static volatile Long lastSeededProgressId;

    private DemoSnapshot() {
    }

    static synchronized void takeOnce(JdbcClient jdbc) {
        if (lastSeededProgressId == null) {
            lastSeededProgressId = jdbc.sql("select coalesce(max(id), 0) from task_progress").query(Long.class).single();
        }
    }

    /** The last progress id the demo wrote; every row above it was written by a test. */
    public static long lastSeededProgressId() {
        if (lastSeededProgressId == null) {
            throw new IllegalStateException("no integration test class has started yet");
        }
        return lastSeededProgressId;
    }
}
