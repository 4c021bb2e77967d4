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
    /** The role the application runs as: rights on rows only (see {@link RuntimeRoleGrants}). */
    static final String RUNTIME_ROLE = "cchc_app";

    private final EmbeddedPostgres server;
    private final HikariDataSource ownerDataSource;
    private final HikariDataSource runtimeDataSource;

    private EmbeddedDatabase(EmbeddedPostgres server, HikariDataSource ownerDataSource,
                             HikariDataSource runtimeDataSource) {
        this.server = server;
        this.ownerDataSource = ownerDataSource;
        this.runtimeDataSource = runtimeDataSource;
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
        createRuntimeRoleIfMissing(server.getPostgresDatabase());
        log.info("Embedded PostgreSQL started on port {} ({})", server.getPort(),
                persistentDirectory != null ? "data in " + persistentDirectory.toAbsolutePath() : "throwaway data");
        return new EmbeddedDatabase(server, pool(server, "postgres", "cchc-embedded-owner", 4),
                pool(server, RUNTIME_ROLE, "cchc-embedded", 10));
    }

    private static HikariDataSource pool(EmbeddedPostgres server, String user, String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl(user, DATABASE));
        config.setUsername(user);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** The embedded server trusts local connections, so the runtime role needs no password. */
    private static void createRuntimeRoleIfMissing(DataSource admin) throws SQLException {
        try (Connection c = admin.getConnection(); var s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + RUNTIME_ROLE + "') then "
                    + "create role " + RUNTIME_ROLE + " login nosuperuser nocreatedb nocreaterole; end if; end $$");
        }
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

    /** The superuser's pool: migrations and the operator's commands (benchmark, backup). */
    DataSource ownerDataSource() {
        return ownerDataSource;
    }

    /** The pool the application serves users with, as {@link #RUNTIME_ROLE}. */
    DataSource runtimeDataSource() {
        return runtimeDataSource;
    }

    @Override
    public void close() throws IOException {
        runtimeDataSource.close();
        ownerDataSource.close();
        // A throwaway directory is removed by the server itself (setCleanDataDirectory).
        server.close();
    }

}
