package vn.cchc.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The Decision 766 rules for one dossier, applied once at ingest:
 * <ul>
 * <li>the time the applicant spends supplementing is not counted: the effective due date is the due date
 * plus the supplement days;</li>
 * <li>a second supplement request makes the dossier late, whatever its dates;</li>
 * <li>an unfinished dossier is judged at each period end: it is overdue at the end of month M when its
 * effective due time is before the end of M (recorded as the month it becomes overdue).</li>
 * </ul>
 */
final class Rules {

    private Rules() {
    }

    static LocalDateTime effectiveDue(DossierRow r) {
        return r.dueAt().plusSeconds(Math.round(r.supplementDays() * 86400));
    }

    static boolean lateBySupplements(DossierRow r) {
        return r.supplementRequests() >= 2;
    }

    static boolean late(DossierRow r) {
        return r.finishedAt() != null && (lateBySupplements(r) || r.finishedAt().isAfter(effectiveDue(r)));
    }

    static boolean onTime(DossierRow r) {
        return r.finishedAt() != null && !late(r);
    }

    static LocalDate month(LocalDateTime t) {
        return t == null ? null : t.toLocalDate().withDayOfMonth(1);
    }

    /** The first month at whose end the dossier is open and overdue, or null when it never is. */
    static LocalDate overdueMonth(DossierRow r) {
        LocalDate om = lateBySupplements(r) ? month(r.receivedAt()) : month(effectiveDue(r));
        if (r.finishedAt() == null) {
            return om;
        }
        LocalDate fm = month(r.finishedAt());
        return fm.isAfter(om) ? om : null;
    }

    /** Working time in days, without the supplement days; null while unfinished. */
    static Double processingDays(DossierRow r) {
        if (r.finishedAt() == null) {
            return null;
        }
        double days = ChronoUnit.SECONDS.between(r.receivedAt(), r.finishedAt()) / 86400.0 - r.supplementDays();
        return Math.max(0, Math.round(days * 100) / 100.0);
    }
}
