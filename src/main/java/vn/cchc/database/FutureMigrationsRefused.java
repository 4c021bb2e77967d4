package vn.cchc.database;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Flyway by default lets an application start on a database that a newer version already migrated (it ignores
 * "future" migrations): the older code would then write into tables it does not know. No pattern is ignored, so
 * validation refuses such a database before anything runs, and {@link DatabaseStartFailure} says so in one line.
 */
@Component
class FutureMigrationsRefused implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.ignoreMigrationPatterns(new String[0]);
    }
}
