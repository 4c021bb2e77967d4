package vn.cchc.directory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.vietnamese.Vietnamese;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a unit's end date and single successor into one {@link UnitSucceeded} on the day the successor takes over.
 * The directory cannot call plan, indicator or security (they depend on it), so it announces and they react. A unit
 * split among several successors is not announced: which of them takes which task is a person's decision.
 */
@Component
class Successions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Due(UnitSucceeded event, String unitCode, String successorCode) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    Successions(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog auditLog, MessageSource messages,
                Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Called in the writer's transaction when an existing unit's structure changed. Only a change of the end date
     * or the successors counts, so importing the same file twice announces nothing new.
     */
    void changed(long unitId, UnitStructure before, UnitStructure after, Map<String, Long> ids) {
        if (Objects.equals(before.validTo(), after.validTo()) && before.successorCodes().equals(after.successorCodes())) {
            return;
        }
        if (after.validTo() == null || after.successorCodes().size() != 1) {
            jdbc.sql("delete from unit_succession where unit_id = ? and announced_at is null").param(unitId).update();
            return;
        }
        jdbc.sql("""
                        insert into unit_succession (unit_id, successor_id, effective_on) values (?, ?, ?)
                        on conflict (unit_id) do update set successor_id = excluded.successor_id,
                            effective_on = excluded.effective_on, recorded_at = now(), announced_at = null""")
                .params(unitId, ids.get(after.successorCodes().get(0)), after.validTo().plusDays(1)).update();
        announceDue();
    }

    /**
     * Announces every succession whose day has come; each once, even when two nodes run this together. Runs each
     * night ({@link SuccessionJob}) and at start-up, so a day the application was down is caught up.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void announceDue() {
        LocalDate today = LocalDate.now(clock);
        List<Due> due = jdbc.sql("""
                        select s.unit_id, s.successor_id, s.effective_on, u.code, v.code from unit_succession s
                        join unit u on u.id = s.unit_id join unit v on v.id = s.successor_id
                        where s.announced_at is null and s.effective_on <= ? order by s.effective_on, s.unit_id
                        for update of s skip locked""")
                .param(today)
                .query((rs, n) -> new Due(new UnitSucceeded(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class)), rs.getString(4), rs.getString(5)))
                .list();
        for (Due d : due) {
            UnitSucceeded s = d.event();
            jdbc.sql("update unit_succession set announced_at = now() where unit_id = ?").param(s.unitId()).update();
            auditLog.updated("unit_succession", s.unitId(), Map.of("announced", false),
                    Map.of("announced", true, "successor", d.successorCode(), "on", s.on().toString()),
                    messages.getMessage("unit.audit.succession",
                            new Object[]{d.unitCode(), d.successorCode(), DAY.format(s.on())}, Vietnamese.LOCALE));
            events.publishEvent(s);
        }
    }
}
