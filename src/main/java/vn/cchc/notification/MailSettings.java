package vn.cchc.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.time.Duration;
import java.util.Properties;

/**
 * Where mail goes: the SMTP server of {@code spring.mail.*} (none when {@code spring.mail.host} is empty, and then
 * no mail is queued at all), the sender's address and the address links in mails start with. The server can be
 * replaced while running ({@link #use}) so that the mail tests point the one production sending path at a real
 * SMTP server on a free port without starting another application context.
 */
@Component
class MailSettings {

    /** An SMTP server; user name and password may be empty. */
    record Server(String host, int port, String username, String password, boolean startTls) {
    }

    private final Server configured;
    private volatile Server server;
    private final String from;
    private final String baseUrl;
    private final Duration timeout;

    MailSettings(@Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port,
                 @Value("${spring.mail.username:}") String username, @Value("${spring.mail.password:}") String password,
                 @Value("${cchc.mail.starttls:false}") boolean startTls,
                 @Value("${cchc.mail.from:cchc@nghean.gov.vn}") String from,
                 @Value("${cchc.mail.base-url:http://localhost:8080}") String baseUrl,
                 @Value("${cchc.mail.timeout:PT10S}") Duration timeout) {
        this.configured = StringUtils.hasText(host) ? new Server(host.trim(), port, username, password, startTls) : null;
        this.server = configured;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
    }

    boolean enabled() {
        return server != null;
    }

    String from() {
        return from;
    }

    String link(String path) {
        return baseUrl + path;
    }

    /** Sends from now on to this server (null: mail off). */
    void use(Server replacement) {
        server = replacement;
    }

    /** Back to the configured server. */
    void reset() {
        server = configured;
    }

    /** A sender for the current server, with timeouts so that a server that does not answer fails the attempt. */
    JavaMailSenderImpl sender() {
        Server s = server;
        if (s == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(s.host());
        sender.setPort(s.port());
        sender.setDefaultEncoding("UTF-8");
        Properties props = sender.getJavaMailProperties();
        String millis = String.valueOf(timeout.toMillis());
        props.setProperty("mail.smtp.connectiontimeout", millis);
        props.setProperty("mail.smtp.timeout", millis);
        props.setProperty("mail.smtp.writetimeout", millis);
        if (StringUtils.hasText(s.username())) {
            sender.setUsername(s.username());
            sender.setPassword(s.password());
            props.setProperty("mail.smtp.auth", "true");
        }
        if (s.startTls()) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        return sender;
    }
}
