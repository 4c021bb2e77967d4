package vn.cchc.database;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
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

    /**
     * The application's connections run as the runtime role, which cannot change the schema or the audit log;
     * command mode keeps the owner, because its commands (the benchmark, backups) are an operator's work.
     */
    @Bean
    @Primary
    DataSource dataSource(EmbeddedDatabase database,
                          @Value("${cchc.database.embedded.runtime-role:true}") boolean runtimeRole) {
        return runtimeRole ? database.runtimeDataSource() : database.ownerDataSource();
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(EmbeddedDatabase database) {
        return database.ownerDataSource();
    }

    @Bean
    RuntimeRoleGrants.RuntimeRole runtimeRole(@Value("${cchc.database.embedded.runtime-role:true}") boolean runtimeRole) {
        return new RuntimeRoleGrants.RuntimeRole(runtimeRole ? EmbeddedDatabase.RUNTIME_ROLE : "");
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
