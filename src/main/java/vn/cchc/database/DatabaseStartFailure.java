package vn.cchc.database;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the three ways a start fails on its database into one line saying which, instead of a stack trace: the server
 * refused the user or password, the server could not be reached, or the database was migrated by a newer CCHC. Each
 * is caught before Flyway changes anything. Registered in META-INF/spring.factories (Spring Boot's failure analyzers).
 */
class DatabaseStartFailure implements FailureAnalyzer {

    private static final Pattern FUTURE = Pattern.compile("applied migration not resolved locally: ([0-9]+(?:[._][0-9]+)*)");
    private static final Pattern USER = Pattern.compile("for user \"([^\"]+)\"");
    private static final Pattern HOST = Pattern.compile("jdbc:postgresql://([^/?]+)(?:/([^?]*))?");

    private final Environment environment;

    DatabaseStartFailure(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FlywayValidateException) {
                Set<String> versions = new LinkedHashSet<>();
                Matcher m = FUTURE.matcher(String.valueOf(t.getMessage()));
                while (m.find()) {
                    versions.add(m.group(1));
                }
                if (!versions.isEmpty()) {
                    return analysis("cơ sở dữ liệu " + where() + " đã được một phiên bản CCHC mới hơn nâng cấp (có bản di chuyển "
                                    + String.join(", ", versions) + " mà phiên bản này không có); không thay đổi gì.",
                            "Chạy phiên bản CCHC đã nâng cấp cơ sở dữ liệu này, hoặc khôi phục bản sao lưu làm trước khi nâng cấp.",
                            failure);
                }
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01") || state.equals("28000")) {
                    Matcher user = USER.matcher(String.valueOf(sql.getMessage()));
                    return analysis("máy chủ PostgreSQL " + where() + " từ chối đăng nhập của người dùng "
                                    + (user.find() ? user.group(1) : username()) + " (sai mật khẩu hoặc không được phép); không thay đổi gì.",
                            "Kiểm tra SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD (và SPRING_FLYWAY_USER, "
                                    + "SPRING_FLYWAY_PASSWORD nếu có).", failure);
                }
                if (state.equals("3D000")) {
                    return analysis("máy chủ PostgreSQL " + where() + " không có cơ sở dữ liệu này; không thay đổi gì.",
                            "Tạo cơ sở dữ liệu (create database … owner …) hoặc sửa SPRING_DATASOURCE_URL.", failure);
                }
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException) {
                return analysis("không kết nối được máy chủ PostgreSQL " + where() + " (" + t.getClass().getSimpleName()
                                + "); không thay đổi gì.",
                        "Kiểm tra máy chủ PostgreSQL đã chạy và SPRING_DATASOURCE_URL đúng địa chỉ, cổng.", failure);
            }
        }
        return null;
    }

    private static FailureAnalysis analysis(String line, String action, Throwable failure) {
        return new FailureAnalysis("CCHC không khởi động: " + line, action, failure);
    }

    /** host:port/database of the configured URL, or the URL itself when it is not PostgreSQL's usual form. */
    private String where() {
        String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url", ""));
        Matcher m = HOST.matcher(url);
        return m.find() ? m.group(1) + (m.group(2) == null || m.group(2).isEmpty() ? "" : "/" + m.group(2)) : url;
    }

    private String username() {
        return environment.getProperty("spring.flyway.user", environment.getProperty("spring.datasource.username", ""));
    }
}
