package vn.cchc.security;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.directory.UnitSucceeded;
import vn.cchc.vietnamese.Vietnamese;

import java.util.List;
import java.util.Map;

/**
 * The staff of a merged or dissolved unit work for its successor, and a leader who followed the unit follows the
 * successor instead (once, if they already followed both).
 */
@Component
class SuccessorTakesOverPeople {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Directory directory;

    SuccessorTakesOverPeople(JdbcClient jdbc, AuditLog audit, MessageSource messages, Directory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(UnitSucceeded e) {
        List<String> staff = jdbc.sql("update app_user set unit_id = ?, updated_at = now() where unit_id = ? returning username")
                .params(e.successorId(), e.unitId()).query(String.class).list();
        for (String username : staff) {
            audit.updated("app_user", username, Map.of("unitId", e.unitId()), Map.of("unitId", e.successorId()),
                    text("user.audit.succession.unit", username, code(e.unitId()), code(e.successorId())));
        }
        List<String> followers = jdbc.sql("""
                        select u.username from app_user_followed_unit f join app_user u on u.id = f.user_id
                        where f.unit_id = ? order by u.username""")
                .param(e.unitId()).query(String.class).list();
        jdbc.sql("""
                        insert into app_user_followed_unit (user_id, unit_id)
                        select user_id, ? from app_user_followed_unit where unit_id = ? on conflict do nothing""")
                .params(e.successorId(), e.unitId()).update();
        jdbc.sql("delete from app_user_followed_unit where unit_id = ?").param(e.unitId()).update();
        for (String username : followers) {
            audit.updated("app_user_followed_unit", username, Map.of("unitId", e.unitId()),
                    Map.of("unitId", e.successorId()),
                    text("user.audit.succession.followed", username, code(e.unitId()), code(e.successorId())));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Vietnamese.LOCALE);
    }

    private String code(long unitId) {
        return directory.findById(unitId).map(UnitRef::code).orElse(String.valueOf(unitId));
    }
}
