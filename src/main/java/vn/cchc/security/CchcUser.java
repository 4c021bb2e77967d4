package vn.cchc.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.cchc.audit.AuditActor;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The signed-in user. Kept in the session (serialised into PostgreSQL), so it holds no entity graph. */
public final class CchcUser implements UserDetails, CredentialsContainer, AuditActor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String fullName;
    private final long unitId;
    private final String unitCode;
    private final String unitName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private String passwordHash;

    CchcUser(long id, String username, String fullName, long unitId, String unitCode, String unitName,
             Set<Role> roles, boolean enabled, Instant lockedUntil, String passwordHash) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.unitId = unitId;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public long unitId() {
        return unitId;
    }

    @Override
    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        // Users leaves out a lock that has run out by the application's clock
        return lockedUntil == null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
