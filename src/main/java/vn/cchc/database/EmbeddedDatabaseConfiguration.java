package vn.cchc.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Starts the embedded server only when no external one is configured, so setting
 * spring.datasource.url bypasses it entirely.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(@Value("${cchc.database.embedded.persistent:true}") boolean persistent,
                                      @Value("${cchc.database.embedded.directory:./data/postgres}") String directory)
            throws IOException, SQLException {
        return EmbeddedDatabase.start(persistent ? Path.of(directory) : null);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        return database.dataSource();
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
