package vn.cchc.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * An embedded PostgreSQL server and a pool on its application database.
 * A persistent server keeps fsync on (it holds real data); a throwaway one (tests, command mode) does not.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "cchc";

    private final EmbeddedPostgres server;
    private final HikariDataSource dataSource;
    private EmbeddedDatabase(EmbeddedPostgres server, HikariDataSource dataSource) {
        this.server = server;
        this.dataSource = dataSource;
    }

    static EmbeddedDatabase start(Path persistentDirectory) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100");
        if (persistentDirectory != null) {
            Files.createDirectories(persistentDirectory);
            StalePostmaster.stopIfOrphaned(persistentDirectory);
            builder.setDataDirectory(persistentDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        } else {
            builder.setDataDirectory(Files.createTempDirectory("cchc-pg-")).setCleanDataDirectory(true);
        }
        EmbeddedPostgres server = builder.start();
        createDatabaseIfMissing(server.getPostgresDatabase());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("cchc-embedded");
        log.info("Embedded PostgreSQL started on port {} ({})", server.getPort(),
                persistentDirectory != null ? "data in " + persistentDirectory.toAbsolutePath() : "throwaway data");
        return new EmbeddedDatabase(server, new HikariDataSource(config));
    }

    private static void createDatabaseIfMissing(DataSource admin) throws SQLException {
        try (Connection c = admin.getConnection();
             var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, DATABASE);
            try (var rs = check.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (var create = c.createStatement()) {
                // ICU makes a Vietnamese collation available to migrations; the template keeps UTF-8.
                create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        // A throwaway directory is removed by the server itself (setCleanDataDirectory).
        server.close();
    }

}
