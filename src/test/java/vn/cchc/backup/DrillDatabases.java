package vn.cchc.backup;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import vn.cchc.DatabaseOwner;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Databases beside the test database on the same server, as a restore drill needs them: a template migrated once to
 * the application's schema and left empty (what a new installation's database is before its first start), and fresh
 * copies of it, one per test, made by PostgreSQL's template copy in a fraction of a second.
 */
final class DrillDatabases {

    private static final String TEMPLATE = "cchc_drill_template";
    private static boolean templateMade;

    private final ApplicationContext context;

    DrillDatabases(ApplicationContext context) {
        this.context = context;
    }

    /** A new empty database of the application's schema, named {@code name}, replacing one left by an earlier run. */
    DataSource fresh(String name) throws SQLException {
        synchronized (DrillDatabases.class) {
            if (!templateMade) {
                execute("drop database if exists " + TEMPLATE + " with (force)");
                execute("create database " + TEMPLATE + " encoding 'UTF8' template template0");
                Flyway.configure().dataSource(dataSource(TEMPLATE)).locations("classpath:db/migration").outOfOrder(true)
                        .load().migrate();
                templateMade = true;
            }
        }
        execute("drop database if exists " + name + " with (force)");
        execute("create database " + name + " template " + TEMPLATE);
        return dataSource(name);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DatabaseOwner.connect(context); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The owner's connections to another database of the same server. */
    DataSource dataSource(String database) throws SQLException {
        String url;
        String user;
        try (Connection c = DatabaseOwner.connect(context)) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        Environment env = context.getEnvironment();
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
        ds.setUser(user);
        ds.setPassword(env.getProperty("spring.flyway.password", ""));
        return ds;
    }
}
