package vn.cchc;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements the current thread runs, through a proxy around the application's DataSource (test
 * context only). MockMvc serves a request on the test's thread, so {@link #during} counts what one page costs.
 */
@Component
public class StatementCount implements BeanPostProcessor {

    private static final ThreadLocal<AtomicInteger> COUNTER = new ThreadLocal<>();
    /** Rows read while {@link #rowsDuring} runs, per statement text; a row belongs to the thread's last statement. */
    private static final ThreadLocal<java.util.Map<String, Integer>> ROWS = new ThreadLocal<>();
    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    /** What some work read: its result and how many rows each statement's result set gave (by statement text). */
    public record Read<T>(T result, java.util.Map<String, Integer> rowsByStatement) {

        /** Rows given by the statements whose text names the table. */
        public int rowsFrom(String table) {
            return rowsByStatement.entrySet().stream().filter(e -> e.getKey().contains(table))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
        }
    }

    public static <T> Read<T> rowsDuring(Callable<T> work) throws Exception {
        java.util.Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        ROWS.set(rows);
        try {
            return new Read<>(work.call(), rows);
        } finally {
            ROWS.remove();
            LAST.remove();
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> during(Callable<T> work) throws Exception {
        AtomicInteger counter = new AtomicInteger();
        COUNTER.set(counter);
        try {
            T result = work.call();
            return new Counted<>(result, counter.get());
        } finally {
            COUNTER.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
            return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener())
                    .proxyResultSet().methodListener(new RowListener()).build();
        }
        return bean;
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            if (ROWS.get() != null && !queries.isEmpty()) {
                LAST.set(queries.get(queries.size() - 1).getQuery());
            }
            AtomicInteger counter = COUNTER.get();
            if (counter != null) {
                counter.addAndGet(execution.isBatch() ? 1 : queries.size());
            }
        }
    }

    private static final class RowListener implements net.ttddyy.dsproxy.listener.MethodExecutionListener {

        @Override
        public void beforeMethod(net.ttddyy.dsproxy.listener.MethodExecutionContext context) {
        }

        @Override
        public void afterMethod(net.ttddyy.dsproxy.listener.MethodExecutionContext context) {
            java.util.Map<String, Integer> rows = ROWS.get();
            if (rows != null && context.getTarget() instanceof java.sql.ResultSet && "next".equals(context.getMethod().getName())
                    && Boolean.TRUE.equals(context.getResult()) && LAST.get() != null) {
                rows.merge(LAST.get(), 1, Integer::sum);
            }
        }
    }
}
