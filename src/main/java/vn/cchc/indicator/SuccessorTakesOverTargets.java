package vn.cchc.indicator;

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
 * Targets set for a merged or dissolved unit, for the year of the succession and later, become its successor's;
 * earlier years stay with the unit they were set for, and a target the successor already has for the same indicator
 * and year wins over the one it would inherit.
 */
@Component
class SuccessorTakesOverTargets {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Directory directory;

    SuccessorTakesOverTargets(JdbcClient jdbc, AuditLog audit, MessageSource messages, Directory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(UnitSucceeded e) {
        List<Long> moved = jdbc.sql("""
                        update ind_target t set unit_id = ? where t.unit_id = ? and t.year >= ?
                          and not exists (select 1 from ind_target s where s.unit_id = ? and s.indicator_id = t.indicator_id
                                          and s.year = t.year)
                        returning t.id""")
                .params(e.successorId(), e.unitId(), e.on().getYear(), e.successorId())
                .query(Long.class).list();
        for (Long id : moved) {
            audit.updated("ind_target", id, Map.of("unitId", e.unitId()), Map.of("unitId", e.successorId()),
                    messages.getMessage("indicator.audit.succession", new Object[]{String.valueOf(id), code(e.unitId()), code(e.successorId())},
                            Vietnamese.LOCALE));
        }
    }

    private String code(long unitId) {
        return directory.findById(unitId).map(UnitRef::code).orElse(String.valueOf(unitId));
    }
}
