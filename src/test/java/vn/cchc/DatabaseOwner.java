package vn.cchc;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A connection as the schema's owner, the role that runs the migrations, for tests that must act beyond the
 * runtime role's rights (to show the trigger guards the audit trail even against the owner). Embedded: the
 * migration pool; external: the spring.flyway.user credentials that CI sets.
 */
public final class DatabaseOwner {

    private DatabaseOwner() {
    }

    public static Connection connect(ApplicationContext context) throws SQLException {
        Environment env = context.getEnvironment();
        String user = env.getProperty("spring.flyway.user");
        if (StringUtils.hasText(user)) {
            String url = env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url"));
            return DriverManager.getConnection(url, user, env.getProperty("spring.flyway.password"));
        }
        return context.getBean("migrationDataSource", DataSource.class).getConnection();
    }
}
