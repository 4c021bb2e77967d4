package vn.cchc.reminder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cchc.audit.AuditLog;
import vn.cchc.notification.Notice;
import vn.cchc.notification.Notifications;
import vn.cchc.notification.Reason;
import vn.cchc.notification.Recipient;
import vn.cchc.security.Role;
import vn.cchc.security.UserAccount;
import vn.cchc.security.UserAdministration;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Escalation of what stays overdue: a thing overdue by at least {@code cchc.escalation.after-working-days} working
 * days reaches level 1, twice that level 2, and so on; each level of each thing is written once
 * ({@code reminder_escalation}, audited) and told once to the unit's heads and to the leaders who follow the unit.
 * A row is resolved on the first run that no longer finds its thing overdue.
 */
@Component
class Escalations {

    static final String ENTITY = "reminder_escalation";
    private static final Locale VI = Vietnamese.LOCALE;

    private final List<ReminderSource> sources;
    private final ReminderDays days;
    private final UserAdministration users;
    private final Notifications notifications;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final MessageSource messages;
    private final int after;

    Escalations(List<ReminderSource> sources, ReminderDays days, UserAdministration users, Notifications notifications,
                AuditLog audit, JdbcClient jdbc, TransactionTemplate tx, MessageSource messages,
                @Value("${cchc.escalation.after-working-days:5}") int after) {
        if (after < 1) {
            throw new IllegalArgumentException("cchc.escalation.after-working-days must be at least 1, not " + after);
        }
        this.sources = sources;
        this.days = days;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tx = tx;
        this.messages = messages;
        this.after = after;
    }

    int afterWorkingDays() {
        return after;
    }

    /** An overdue thing at its current level on a day. */
    record Due(Owed owed, int workingDaysOverdue, int level) {
    }

    /** The overdue things of {@code day} that have reached a level. */
    List<Due> due(LocalDate day) {
        List<Owed> overdue = new ArrayList<>();
        sources.forEach(s -> overdue.addAll(s.overdueOn(day)));
        Map<LocalDate, Integer> late = days.overdueDays(overdue.stream().map(Owed::due).toList(), day);
        List<Due> due = new ArrayList<>();
        for (Owed o : overdue) {
            int n = late.get(o.due());
            if (n >= after) {
                due.add(new Due(o, n, n / after));
            }
        }
        return due;
    }

    /** Writes and tells the levels reached on {@code day}; returns how many escalations were new. */
    int escalate(LocalDate day) {
        List<Due> due = due(day);
        List<UserAccount> heads = enabled(Role.UNIT_HEAD);
        List<UserAccount> leaders = enabled(Role.LEADER);
        int created = 0;
        for (Due d : due) {
            Boolean isNew = tx.execute(s -> escalateOne(d, day, heads, leaders));
            created += Boolean.TRUE.equals(isNew) ? 1 : 0;
        }
        resolveOthers(due, day);
        return created;
    }

    private boolean escalateOne(Due d, LocalDate day, List<UserAccount> heads, List<UserAccount> leaders) {
        Owed o = d.owed();
        List<Recipient> told = recipients(o.unitId(), heads, leaders);
        Optional<Long> id = jdbc.sql("""
                        insert into reminder_escalation (thing_type, thing_id, level, unit_id, kind, label, link, due,
                                                         escalated_on, told)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict on constraint reminder_escalation_once do nothing returning id""")
                .params(o.thing().type(), o.thing().id(), d.level(), o.unitId(), o.kind(), o.thing().label(), o.link(),
                        o.due(), day, told.size())
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return false;
        }
        String sentence = messages.getMessage("reminder.escalation.notice", new Object[]{o.thing().label(),
                VietnameseDates.format(o.due()), String.valueOf(d.workingDaysOverdue()), String.valueOf(d.level())}, VI);
        notifications.send(told, new Notice(o.thing().type(), o.thing().id() + "/E" + d.level(), Reason.ESCALATION,
                o.link(), List.of(sentence)));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("thing", o.thing().type() + ":" + o.thing().id());
        after.put("level", d.level());
        after.put("unitId", o.unitId());
        after.put("workingDaysOverdue", d.workingDaysOverdue());
        after.put("told", told.stream().map(Recipient::userId).toList());
        audit.created(ENTITY, id.get(), after, sentence);
        return true;
    }

    /** The unit's heads, then the leaders who follow the unit, each person once. */
    private static List<Recipient> recipients(long unitId, List<UserAccount> heads, List<UserAccount> leaders) {
        Map<Long, Recipient> once = new LinkedHashMap<>();
        heads.stream().filter(u -> u.unitId() == unitId)
                .forEach(u -> once.putIfAbsent(u.id(), new Recipient(u.id(), u.fullName(), u.email())));
        leaders.stream().filter(u -> u.followedUnitIds().contains(unitId))
                .forEach(u -> once.putIfAbsent(u.id(), new Recipient(u.id(), u.fullName(), u.email())));
        return List.copyOf(once.values());
    }

    private List<UserAccount> enabled(Role role) {
        return users.search(null, null, role).stream().filter(UserAccount::enabled).toList();
    }

    /** Open escalations whose thing is not overdue any more (done, extended, submitted) are resolved on this day. */
    private void resolveOthers(List<Due> due, LocalDate day) {
        String[] still = due.stream().map(d -> d.owed().thing().type() + ":" + d.owed().thing().id())
                .distinct().toArray(String[]::new);
        tx.executeWithoutResult(s -> jdbc.sql("""
                        update reminder_escalation set resolved_on = ?
                        where resolved_on is null and not (thing_type || ':' || thing_id = any (?)) returning id""")
                .params(day, still).query(Long.class).list()
                .forEach(id -> audit.updated(ENTITY, id, Map.of("resolvedOn", ""), Map.of("resolvedOn", day.toString()),
                        "Hết quá hạn, đóng cảnh báo #" + id)));
    }
}
