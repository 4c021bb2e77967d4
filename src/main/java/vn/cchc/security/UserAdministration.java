package vn.cchc.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Creating and changing users. Every change is audited; password hashes never enter the audit log. */
@Service
public class UserAdministration {

    private final Users users;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final Directory directory;
    private final SignInAttempts attempts;

    UserAdministration(Users users, PasswordEncoder encoder, AuditLog auditLog, Directory directory,
                       SignInAttempts attempts) {
        this.attempts = attempts;
        this.users = users;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<UserAccount> search(String text, Long unitId, Role role) {
        return users.search(text, unitId, role);
    }

    @Transactional(readOnly = true)
    public vn.cchc.page.Page<UserAccount> search(String text, Long unitId, Role role, vn.cchc.page.PageRequest page) {
        return vn.cchc.page.Page.of(users.search(text, unitId, role, page), page);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(UserForm form) {
        return createUnchecked(form);
    }

    /** For the installation's own bootstrap (the first administrator), before anyone signs in. */
    @Transactional
    long createUnchecked(UserForm form) {
        if (users.findByUsername(form.getUsername()).isPresent()) {
            throw new UserAdministrationException("user.username.taken", form.getUsername());
        }
        PasswordPolicy.violation(form.getUsername(), form.getPassword()).ifPresent(key -> {
            throw new UserAdministrationException(key);
        });
        requireUnit(form.getUnitId());
        long id = users.insert(form.getUsername(), form.getFullName(), form.getEmail(), form.getUnitId(),
                encoder.encode(form.getPassword()));
        users.replaceRoles(id, form.getRoles());
        users.replaceFollowedUnits(id, form.getFollowedUnitIds());
        auditLog.created("user", id, snapshot(users.find(id).orElseThrow()), "Tạo người dùng " + form.getUsername());
        return id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, UserForm form) {
        UserAccount before = users.find(id).orElseThrow(() -> new UserAdministrationException("user.notFound", id));
        requireUnit(form.getUnitId());
        users.update(id, form.getFullName(), form.getEmail(), form.getUnitId(), form.isEnabled());
        users.replaceRoles(id, form.getRoles());
        users.replaceFollowedUnits(id, form.getFollowedUnitIds());
        if (form.getPassword() != null && !form.getPassword().isBlank()) {
            PasswordPolicy.violation(before.username(), form.getPassword()).ifPresent(key -> {
                throw new UserAdministrationException(key);
            });
            requireNotCurrent(id, form.getPassword());
            users.setPassword(id, encoder.encode(form.getPassword()));
        }
        UserAccount after = users.find(id).orElseThrow();
        Map<String, Object> afterSnapshot = snapshot(after);
        if (form.getPassword() != null && !form.getPassword().isBlank()) {
            afterSnapshot.put("password", "(đã đặt lại)");
        }
        auditLog.updated("user", id, snapshot(before), afterSnapshot, "Sửa người dùng " + before.username());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long id) {
        UserAccount before = users.find(id).orElseThrow(() -> new UserAdministrationException("user.notFound", id));
        users.unlock(id);
        attempts.forgetAccount(before.username());
        auditLog.updated("user", id, snapshot(before), snapshot(users.find(id).orElseThrow()),
                "Mở khóa tài khoản " + before.username());
    }

    /** The user must set a new password right after their next sign-in; a second request changes nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void forcePasswordChange(long id) {
        UserAccount account = users.find(id).orElseThrow(() -> new UserAdministrationException("user.notFound", id));
        if (users.setMustChangePassword(id, true)) {
            auditLog.updated("user", id, Map.of("mustChangePassword", false), Map.of("mustChangePassword", true),
                    "Buộc đổi mật khẩu ở lần đăng nhập sau: " + account.username());
        }
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.mustChangePassword(username);
    }

    /** A signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String current, String replacement) {
        CchcUser me = CurrentUser.require();
        String hash = users.principal(me.username()).map(CchcUser::getPassword).orElseThrow();
        if (!encoder.matches(current, hash)) {
            throw new UserAdministrationException("user.password.currentWrong");
        }
        PasswordPolicy.violation(me.username(), replacement).ifPresent(key -> {
            throw new UserAdministrationException(key);
        });
        requireNotCurrent(me.id(), replacement);
        users.setPassword(me.id(), encoder.encode(replacement));
        users.setMustChangePassword(me.id(), false);
        auditLog.updated("user", me.id(), Map.of("password", "(cũ)"), Map.of("password", "(mới)"),
                "Đổi mật khẩu");
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        return users.anyWithRole(Role.ADMIN);
    }

    /** A "new" password that is the current one changes nothing an attacker who knows it has to care about. */
    private void requireNotCurrent(long id, String replacement) {
        String hash = users.passwordHash(id);
        if (hash != null && encoder.matches(replacement, hash)) {
            throw new UserAdministrationException("user.password.sameAsCurrent");
        }
    }

    private void requireUnit(Long unitId) {
        if (unitId == null || directory.findById(unitId).isEmpty()) {
            throw new UserAdministrationException("user.unit.unknown", unitId);
        }
    }

    private static Map<String, Object> snapshot(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("fullName", u.fullName());
        m.put("email", u.email());
        m.put("unit", u.unitCode());
        m.put("roles", Set.copyOf(u.roles()).stream().map(Enum::name).sorted().toList());
        m.put("enabled", u.enabled());
        m.put("lockedUntil", u.lockedUntil() == null ? null : u.lockedUntil().toString());
        m.put("followedUnitIds", u.followedUnitIds());
        return m;
    }
}
