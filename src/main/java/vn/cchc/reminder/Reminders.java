package vn.cchc.reminder;

import org.springframework.stereotype.Service;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.notification.Notice;
import vn.cchc.notification.Notifications;
import vn.cchc.notification.Reason;
import vn.cchc.notification.Recipient;
import vn.cchc.security.Role;
import vn.cchc.security.UserAccount;
import vn.cchc.security.UserAdministration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The day's reminders: what every {@link ReminderSource} says units owe on a working day, for each enabled CCHC
 * officer of the unit. The job sends them and the command prints them; both go through {@link #on}, so what is
 * printed for a day is what that day sends. Sending twice on one day adds nothing: a notice is kept once per user,
 * thing and reason, and the thing's id carries the kind and the occurrence (the week of being overdue).
 */
@Service
class Reminders {

    private final List<ReminderSource> sources;
    private final ReminderDays days;
    private final UserAdministration users;
    private final Directory directory;
    private final Notifications notifications;

    Reminders(List<ReminderSource> sources, ReminderDays days, UserAdministration users, Directory directory,
              Notifications notifications) {
        this.sources = sources;
        this.days = days;
        this.users = users;
        this.directory = directory;
        this.notifications = notifications;
    }

    /** A reminder with what the notice needs besides it. */
    record Addressed(Reminder reminder, Recipient recipient, Owed owed) {
    }

    /** The reminders of {@code day}; none on a day off (they came on the working day before). */
    List<Reminder> on(LocalDate day) {
        return addressed(day).stream().map(Addressed::reminder).toList();
    }

    /** Sends the reminders of {@code day}; returns how many notices were new. */
    int send(LocalDate day) {
        int created = 0;
        for (Addressed a : addressed(day)) {
            created += notifications.send(List.of(a.recipient()), new Notice(a.owed().thing().type(),
                    a.owed().noticeId(), Reason.REMINDER, a.owed().link(), List.of(a.owed().reason())));
        }
        return created;
    }

    private List<Addressed> addressed(LocalDate day) {
        if (!days.isWorkingDay(day)) {
            return List.of();
        }
        Map<Long, List<UserAccount>> officers = new HashMap<>();
        users.search(null, null, Role.UNIT_OFFICER).stream().filter(UserAccount::enabled)
                .forEach(u -> officers.computeIfAbsent(u.unitId(), k -> new ArrayList<>()).add(u));
        Map<Long, String> codes = new HashMap<>();
        List<Addressed> all = new ArrayList<>();
        for (ReminderSource source : sources) {
            for (Owed o : source.owedOn(day)) {
                for (UserAccount u : officers.getOrDefault(o.unitId(), List.of())) {
                    String unit = codes.computeIfAbsent(o.unitId(),
                            id -> directory.findById(id).map(UnitRef::code).orElse("#" + id));
                    all.add(new Addressed(new Reminder(u.id(), u.username(), o.unitId(), unit, o.kind(), o.thing(),
                            o.due(), o.reason()), new Recipient(u.id(), u.fullName(), u.email()), o));
                }
            }
        }
        return all;
    }
}
