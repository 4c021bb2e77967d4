package vn.cchc.urging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.document.OfficialFormat;
import vn.cchc.indicator.MissingReports;
import vn.cchc.notification.Notice;
import vn.cchc.notification.Notifications;
import vn.cchc.notification.Reason;
import vn.cchc.notification.Recipient;
import vn.cchc.plan.OverdueTasks;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;
import vn.cchc.security.UnitAccess;
import vn.cchc.security.UserAccount;
import vn.cchc.security.UserAdministration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Issues urging letters: the standing agency's pick of units (or every unit the filter shows), what each owes today,
 * the next number of the year, the letter as Word and PDF, stored with its units and lines, audited, and a notice to
 * each unit's officers, all in one transaction. The form's one-time key makes a double click issue one letter.
 */
@Service
class UrgingLetters {

    static final String ENTITY = "urging_letter";
    /** More than the province's units (about 270 after the 2025 merger): a letter to "all" still fits. */
    static final int MAX_UNITS = 400;
    /** A letter of more lines is no longer read; the filter (a year, a plan) narrows it. */
    static final int MAX_ITEMS = 2000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** What the standing agency asked for: the form's key, the source and its filter, the units picked or "all". */
    record Request(String key, UrgingSource source, Integer year, Long planId, String periodKey, List<Long> unitIds,
                   boolean allFiltered) {
    }

    record Issued(long letterId, boolean created) {
    }

    private final Letters letters;
    private final LetterDocument document;
    private final OverdueTasks overdue;
    private final MissingReports missing;
    private final Directory directory;
    private final UnitAccess access;
    private final UserAdministration users;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final String numberSuffix;

    UrgingLetters(Letters letters, LetterDocument document, OverdueTasks overdue, MissingReports missing,
                  Directory directory, UnitAccess access, UserAdministration users, Notifications notifications,
                  AuditLog audit, Clock clock, @Value("${cchc.urging.number-suffix:SNV-CCHC}") String numberSuffix) {
        this.letters = letters;
        this.document = document;
        this.overdue = overdue;
        this.missing = missing;
        this.directory = directory;
        this.access = access;
        this.users = users;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.numberSuffix = numberSuffix;
    }

    @Transactional
    public Issued issue(Request r) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực được ban hành công văn đôn đốc.");
        }
        CchcUser by = CurrentUser.require();
        if (r.key() == null || !KEY.matcher(r.key()).matches()) {
            throw new UrgingRefused("urging.refused.key");
        }
        LocalDate today = LocalDate.now(clock);
        Listing listing = listing(r, today);
        var claimed = letters.claim(r.key(), r.source(), r.year(), r.planId(), r.periodKey(), today, by.username());
        if (claimed.isEmpty()) {
            return new Issued(letters.byKey(r.key()).orElseThrow(), false);
        }
        long id = claimed.get();
        int sequence = letters.nextNumber(today.getYear());
        String number = sequence + "/" + numberSuffix;
        letters.complete(id, sequence, number, document.write(OfficialFormat.DOCX, number, today, listing),
                document.write(OfficialFormat.PDF, number, today, listing), listing);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number);
        after.put("source", r.source().name());
        after.put("period", r.periodKey());
        after.put("planYear", r.year());
        after.put("planId", r.planId());
        after.put("units", listing.units().stream().map(Listing.UnitPart::unitId).toList());
        after.put("items", listing.itemCount());
        audit.created(ENTITY, id, after, "Ban hành công văn đôn đốc số " + number + " gửi "
                + listing.units().size() + " đơn vị");
        for (Listing.UnitPart u : listing.units()) {
            notifications.send(officersOf(u.unitId()), new Notice(ENTITY, String.valueOf(id), Reason.URGED,
                    "/urging/letters/" + id, List.of(number, u.unitName())));
        }
        return new Issued(id, true);
    }

    /** Each unit asked for with what it owes today; a unit that owes nothing is refused by name, nothing is written. */
    private Listing listing(Request r, LocalDate today) {
        if (r.source() == UrgingSource.TASKS) {
            OverdueTasks.Scope scope = new OverdueTasks.Scope(r.year(), r.planId());
            List<Long> units = units(r, () -> overdue.unitIds(scope, null, today, MAX_UNITS + 1));
            Map<Long, List<OverdueTasks.OverdueTask>> owed = overdue.of(units, scope, today);
            List<Listing.UnitPart> parts = new ArrayList<>();
            for (long unitId : units) {
                String name = name(unitId);
                List<OverdueTasks.OverdueTask> tasks = owed.get(unitId);
                if (tasks.isEmpty()) {
                    throw new UrgingRefused("urging.refused.nothingOverdue", name);
                }
                parts.add(new Listing.UnitPart(unitId, name, tasks.stream().map(t -> new Listing.Item(t.taskId(),
                        reference(t), t.content(), t.deadlineText(), t.due(), t.daysLate(), null)).toList()));
            }
            return bounded(new Listing(UrgingSource.TASKS, null, parts));
        }
        if (!missing.isPeriod(r.periodKey())) {
            throw new UrgingRefused("urging.refused.period", r.periodKey() == null ? "" : r.periodKey());
        }
        Map<Long, MissingReports.Missing> owed = new LinkedHashMap<>();
        missing.of(r.periodKey()).forEach(m -> owed.put(m.unit().id(), m));
        List<Long> units = units(r, () -> new ArrayList<>(owed.keySet()));
        List<Listing.UnitPart> parts = new ArrayList<>();
        String label = null;
        for (long unitId : units) {
            MissingReports.Missing m = owed.get(unitId);
            if (m == null) {
                throw new UrgingRefused("urging.refused.nothingMissing", name(unitId), r.periodKey());
            }
            if (!today.isAfter(m.dueOn())) {
                throw new UrgingRefused("urging.refused.notDueYet", m.periodLabel(), vn.cchc.vietnamese.VietnameseDates.format(m.dueOn()));
            }
            label = m.periodLabel();
            parts.add(new Listing.UnitPart(unitId, m.unit().name(), List.of(new Listing.Item(null, m.periodKey(),
                    m.periodLabel(), null, m.dueOn(), ChronoUnit.DAYS.between(m.dueOn(), today), m.periodKey()))));
        }
        return bounded(new Listing(UrgingSource.REPORTS, label, parts));
    }

    private List<Long> units(Request r, java.util.function.Supplier<List<Long>> filtered) {
        Set<Long> picked = new LinkedHashSet<>(r.allFiltered() ? filtered.get() : r.unitIds() == null ? List.of() : r.unitIds());
        if (picked.isEmpty()) {
            throw new UrgingRefused("urging.refused.noUnits");
        }
        if (picked.size() > MAX_UNITS) {
            throw new UrgingRefused("urging.refused.tooManyUnits", MAX_UNITS);
        }
        return List.copyOf(picked);
    }

    private static Listing bounded(Listing l) {
        if (l.itemCount() > MAX_ITEMS) {
            throw new UrgingRefused("urging.refused.tooManyItems", l.itemCount(), MAX_ITEMS);
        }
        return l;
    }

    private String name(long unitId) {
        return directory.findById(unitId).map(UnitRef::name)
                .orElseThrow(() -> new UrgingRefused("urging.refused.unknownUnit", unitId));
    }

    private static String reference(OverdueTasks.OverdueTask t) {
        String number = t.number() == null ? "" : t.number().strip();
        String plan = t.planNumber() == null ? "" : t.planNumber().strip();
        return number.isEmpty() ? plan : plan.isEmpty() ? number : number + " - " + plan;
    }

    private List<Recipient> officersOf(long unitId) {
        return users.search(null, unitId, Role.UNIT_OFFICER).stream().filter(UserAccount::enabled)
                .map(a -> new Recipient(a.id(), a.fullName(), a.email())).toList();
    }
}
