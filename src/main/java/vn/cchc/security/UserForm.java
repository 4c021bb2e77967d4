package vn.cchc.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the administrator types when creating or editing a user. */
public class UserForm {

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "{user.username.pattern}")
    private String username;
    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 200)
    private String fullName;
    @Email(message = "{user.email.invalid}")
    private String email;
    @NotNull(message = "{user.unit.required}")
    private Long unitId;
    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    /** Only on creation; blank on edit keeps the password. */
    private String password;
    private List<Long> followedUnitIds = new ArrayList<>();

    public static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.username();
        form.fullName = account.fullName();
        form.email = account.email();
        form.unitId = account.unitId();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.enabled = account.enabled();
        form.followedUnitIds = new ArrayList<>(account.followedUnitIds());
        return form;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim(); }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName == null ? null : fullName.trim(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim(); }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<Long> getFollowedUnitIds() { return followedUnitIds; }
    public void setFollowedUnitIds(List<Long> ids) { this.followedUnitIds = ids == null ? new ArrayList<>() : ids; }
}
