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
            return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(new Listener()).build();
        }
        return bean;
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            AtomicInteger counter = COUNTER.get();
            if (counter != null) {
                counter.addAndGet(execution.isBatch() ? 1 : queries.size());
            }
        }
    }
}
