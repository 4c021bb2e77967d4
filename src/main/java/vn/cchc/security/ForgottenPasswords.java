package vn.cchc.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Quên mật khẩu": a single-use link, valid {@link #VALID_FOR}, mailed to the account's address. The answer to a
 * request never says whether the account exists; the token leaves only in the mail, and only its SHA-256 is kept.
 * Requests are bounded per account ({@link #PER_ACCOUNT} a validity period) and per address (the sign-in throttle's
 * counter under a key of its own), so nobody can flood a mailbox or the outbox.
 */
@Component
class ForgottenPasswords {

    static final Duration VALID_FOR = Duration.ofMinutes(30);
    static final int PER_ACCOUNT = 3;
    static final int PER_ADDRESS = 10;
    static final String ENTITY = "password_reset";
    /** The throttle row of an address's reset requests; keys are stripped usernames, so none starts with a space. */
    static final String THROTTLE_KEY = " reset";
    private static final int MAX_LOGIN = 255;
    private static final int EMAIL_ACCOUNTS = 5;

    private final Users users;
    private final PasswordResets resets;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ForgottenPasswords(Users users, PasswordResets resets, SignInThrottle throttle, PasswordEncoder encoder,
                       AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.throttle = throttle;
        this.encoder = encoder;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Asked by username or e-mail address from {@code address}; says nothing back, whatever happened. */
    @Transactional
    public void request(String login, String address) {
        String typed = login == null ? "" : login.strip();
        if (typed.isEmpty() || typed.length() > MAX_LOGIN) {
            return;
        }
        Instant now = clock.instant();
        int fromAddress = throttle.fail(address, THROTTLE_KEY, now, now.minus(VALID_FOR), now.minus(Duration.ofDays(1)))
                .failures();
        if (fromAddress > PER_ADDRESS) {
            audit.created(ENTITY, "-", Map.of("login", typed, "address", address),
                    "Từ chối yêu cầu đặt lại mật khẩu: địa chỉ " + address + " đã yêu cầu quá " + PER_ADDRESS + " lần");
            return;
        }
        List<UserAccount> accounts = accounts(typed);
        if (accounts.isEmpty()) {
            audit.created(ENTITY, "-", Map.of("login", typed, "address", address),
                    "Yêu cầu đặt lại mật khẩu cho tài khoản không tồn tại");
        }
        for (UserAccount account : accounts) {
            send(account, address, now);
        }
    }

    private void send(UserAccount account, String address, Instant now) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("username", account.username());
        facts.put("address", address);
        if (account.email() == null || account.email().isBlank() || !account.enabled()) {
            audit.created(ENTITY, "user:" + account.id(), facts, "Yêu cầu đặt lại mật khẩu cho tài khoản "
                    + account.username() + " không có thư điện tử hoặc đã bị vô hiệu hóa: không gửi thư");
            return;
        }
        if (resets.requestedSince(account.id(), now.minus(VALID_FOR)) >= PER_ACCOUNT) {
            audit.created(ENTITY, "user:" + account.id(), facts, "Từ chối yêu cầu đặt lại mật khẩu cho tài khoản "
                    + account.username()
                    + ": đã yêu cầu " + PER_ACCOUNT + " lần trong 30 phút");
            return;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(VALID_FOR);
        long id = resets.insert(account.id(), hash(token), now, expires);
        facts.put("expiresAt", expires.toString());
        audit.created(ENTITY, id, facts, "Gửi liên kết đặt lại mật khẩu cho tài khoản " + account.username());
        events.publishEvent(new PasswordResetRequested(id, account.id(), account.email().trim(), account.fullName(),
                "/password/reset?token=" + token, expires));
    }

    /** The username a link would reset, if it is unused and not expired. */
    @Transactional(readOnly = true)
    public Optional<String> open(String token) {
        return token == null || token.isBlank() ? Optional.empty()
                : resets.open(hash(token), clock.instant()).map(PasswordResets.Open::username);
    }

    /** Sets the new password once: a used or late link, or a password the rules refuse, changes nothing. */
    @Transactional
    public void reset(String token, String replacement) {
        Instant now = clock.instant();
        PasswordResets.Open link = token == null || token.isBlank() ? null : resets.open(hash(token), now).orElse(null);
        if (link == null) {
            throw new UserAdministrationException("reset.link.invalid");
        }
        PasswordPolicy.violation(link.username(), replacement).ifPresent(key -> {
            throw new UserAdministrationException(key);
        });
        String current = users.passwordHash(link.userId());
        if (current != null && encoder.matches(replacement, current)) {
            throw new UserAdministrationException("user.password.sameAsCurrent");
        }
        if (!resets.use(link.id(), now)) {
            throw new UserAdministrationException("reset.link.invalid");
        }
        resets.closeOthers(link.userId(), now);
        users.setPassword(link.userId(), encoder.encode(replacement));
        users.setMustChangePassword(link.userId(), false);
        audit.updated(ENTITY, link.id(), Map.of("username", link.username(), "used", false),
                Map.of("username", link.username(), "used", true, "password", "(mới)"),
                "Đặt lại mật khẩu qua liên kết cho tài khoản " + link.username());
    }

    private List<UserAccount> accounts(String typed) {
        Optional<UserAccount> byName = users.findByUsername(typed);
        if (byName.isPresent()) {
            return List.of(byName.get());
        }
        List<UserAccount> out = new ArrayList<>();
        if (typed.contains("@")) {
            users.idsByEmail(typed, EMAIL_ACCOUNTS).forEach(id -> users.find(id).ifPresent(out::add));
        }
        return out;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
