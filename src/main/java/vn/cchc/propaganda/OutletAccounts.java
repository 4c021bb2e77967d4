package vn.cchc.propaganda;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UserAccount;
import vn.cchc.security.UserAdministration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which outlet an outlet's account (role OUTLET) speaks for: one outlet per account, linked by the administrator,
 * audited; linking the same account to the same outlet again changes nothing.
 */
@Service
class OutletAccounts {

    private final JdbcClient jdbc;
    private final UserAdministration users;
    private final AuditLog audit;

    OutletAccounts(JdbcClient jdbc, UserAdministration users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** The signed-in user's outlet, when the user holds the role OUTLET and is linked to one. */
    @Transactional(readOnly = true)
    Optional<PropagandaTallies.Outlet> ofCurrentUser() {
        Optional<CchcUser> user = CurrentUser.get().filter(u -> u.has(Role.OUTLET));
        return user.flatMap(u -> jdbc.sql("""
                        select o.code, o.name from propaganda_outlet_account a join propaganda_outlet o on o.id = a.outlet_id
                        where a.user_id = ?""").param(u.id())
                .query((rs, n) -> new PropagandaTallies.Outlet(rs.getString(1), rs.getString(2))).optional());
    }

    /** The usernames linked to the outlet, for the administrator. */
    @Transactional(readOnly = true)
    List<String> usernamesOf(String outletCode) {
        return jdbc.sql("""
                        select u.username from propaganda_outlet_account a join propaganda_outlet o on o.id = a.outlet_id
                        join app_user u on u.id = a.user_id where o.code = ? order by u.username""")
                .param(outletCode).query(String.class).list();
    }

    @Transactional
    boolean link(String outletCode, String username) {
        if (!CurrentUser.get().map(u -> u.has(Role.ADMIN)).orElse(false)) {
            throw new AccessDeniedException("Chỉ quản trị hệ thống gắn tài khoản với cơ quan báo chí.");
        }
        Long outletId = jdbc.sql("select id from propaganda_outlet where code = ?").param(outletCode).query(Long.class)
                .optional().orElseThrow(() -> new OutputRejected(List.of("Cơ quan báo chí: không có mã \"" + outletCode + "\".")));
        String name = username == null ? "" : username.strip();
        UserAccount account = users.findByUsername(name).orElseThrow(() -> new OutputRejected(
                List.of("Tài khoản: không có người dùng \"" + name + "\".")));
        if (!account.roles().contains(Role.OUTLET)) {
            throw new OutputRejected(List.of("Tài khoản \"" + name + "\": chưa có vai trò Cơ quan báo chí; quản trị cấp vai trò trước."));
        }
        Optional<Long> linked = jdbc.sql("select outlet_id from propaganda_outlet_account where user_id = ?")
                .param(account.id()).query(Long.class).optional();
        if (linked.isPresent()) {
            if (linked.get().equals(outletId)) {
                return false;
            }
            throw new OutputRejected(List.of("Tài khoản \"" + name + "\" đã gắn với một cơ quan báo chí khác."));
        }
        jdbc.sql("insert into propaganda_outlet_account (user_id, outlet_id, linked_by) values (?, ?, ?)")
                .params(account.id(), outletId, CurrentUser.require().username()).update();
        audit.created("propaganda_outlet_account", account.id(), Map.of("username", name, "outlet", outletCode),
                "Gắn tài khoản " + name + " với cơ quan báo chí " + outletCode);
        return true;
    }
}
