package vn.cchc.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.cchc.CchcApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application refuses to start on a database it must not or cannot use, with one line saying which, and changes
 * nothing. It starts the real application in this JVM against a PostgreSQL of its own: unlike the shared embedded
 * server (which trusts every local connection) this one checks passwords, as a province's server does.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpRefusalTest {

    private static final String ROLE = "cchc_probe";
    private static final String PASSWORD = "Đúng-mật-khẩu-2026";
    private static EmbeddedPostgres server;

    @BeforeAll
    static void startAServerThatChecksPasswords() throws Exception {
        Path directory = Files.createTempDirectory("cchc-refusal-pg-");
        server = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true).start();
        execute("postgres", "create role " + ROLE + " login password '" + PASSWORD + "'");
        execute("postgres", "create database " + ROLE + " owner " + ROLE);
        execute("postgres", "create database cchc_newer encoding 'UTF8' template template0");
        Files.writeString(directory.resolve("pg_hba.conf"), """
                local all all trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        execute("postgres", "select pg_reload_conf()");
    }

    @AfterAll
    static void stopTheServer() throws IOException {
        server.close();
    }

    @Test
    void aWrongDatabasePasswordIsNamedInOneLineAndNothingIsCreated(CapturedOutput output) throws SQLException {
        assertThatThrownBy(() -> start(server.getJdbcUrl(ROLE, ROLE).replaceFirst("\\?.*", ""), ROLE, "mat-khau-cu"))
                .isInstanceOf(Exception.class);

        assertThat(output).contains("CCHC không khởi động: máy chủ PostgreSQL localhost:" + server.getPort() + "/" + ROLE
                + " từ chối đăng nhập của người dùng " + ROLE + " (sai mật khẩu hoặc không được phép); không thay đổi gì.")
                .doesNotContain("\tat org.postgresql");
        assertThat(tables(ROLE)).isEmpty();
    }

    @Test
    void anUnreachableServerIsNamedInOneLine(CapturedOutput output) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThatThrownBy(() -> start("jdbc:postgresql://127.0.0.1:" + closed + "/cchc", ROLE, PASSWORD))
                .isInstanceOf(Exception.class);

        assertThat(output).contains("CCHC không khởi động: không kết nối được máy chủ PostgreSQL 127.0.0.1:" + closed
                + "/cchc (ConnectException); không thay đổi gì.").doesNotContain("\tat org.postgresql");
    }

    @Test
    void aDatabaseMigratedByANewerVersionIsRefusedBeforeAnyMigrationRuns(CapturedOutput output) throws SQLException {
        String url = server.getJdbcUrl("postgres", "cchc_newer").replaceFirst("\\?.*", "");
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").outOfOrder(true)
                .target("3.1").load().migrate();
        execute("cchc_newer", "insert into flyway_schema_history (installed_rank, version, description, type, script, "
                + "installed_by, execution_time, success) values (9999, '99.1', 'from a newer CCHC', 'SQL', "
                + "'V99_1__newer.sql', 'postgres', 1, true)");
        List<String> tablesBefore = tables("cchc_newer");
        long historyBefore = count("cchc_newer", "flyway_schema_history");

        assertThatThrownBy(() -> start(url, "postgres", "")).isInstanceOf(Exception.class);

        assertThat(output).contains("CCHC không khởi động: cơ sở dữ liệu localhost:" + server.getPort()
                + "/cchc_newer đã được một phiên bản CCHC mới hơn nâng cấp (có bản di chuyển 99.1 mà phiên bản này không có)");
        assertThat(tables("cchc_newer")).isEqualTo(tablesBefore);
        assertThat(count("cchc_newer", "flyway_schema_history")).isEqualTo(historyBefore);
    }

    /** The application as a province starts it, on this server; every setting that would point it elsewhere is overridden. */
    private static void start(String url, String user, String password) {
        new SpringApplicationBuilder(CchcApplication.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.flyway.url=" + url, "--spring.flyway.user=" + user,
                "--spring.flyway.password=" + password, "--cchc.database.runtime-role=", "--spring.main.banner-mode=off",
                "--spring.datasource.hikari.initialization-fail-timeout=1");
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> tables(String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static long count(String database, String table) throws SQLException {
        try (Connection c = server.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
