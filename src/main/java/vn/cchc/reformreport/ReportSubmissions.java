package vn.cchc.reformreport;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit's side and the standing agency's side of a reform report. A save names the version it was edited from,
 * so the second of two officers editing the same report is refused instead of overwriting the first. A submission
 * after the units' due date is accepted and marked late; after the province's due date the period is closed and
 * only a granted window lets the unit submit.
 */
@Service
@Transactional(readOnly = true)
class ReportSubmissions {

    static final int MAX_SECTION = 20_000;
    private static final int MAX_REASON = 2000;

    /** What the officer sent: the version the form was opened at, the five parts, typed figures and explanations by code. */
    record Edit(int version, Map<String, String> sections, Map<String, String> typed, Map<String, String> explanations) {
    }

    private final ReformReports reports;
    private final ReportDrafting drafting;
    private final ReportPeriods periods;
    private final LateWindows windows;
    private final ReportAttachments attachments;
    private final UnitAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProvinceReportDocument labels;

    ReportSubmissions(ReformReports reports, ReportDrafting drafting, ReportPeriods periods, LateWindows windows,
                      ReportAttachments attachments, UnitAccess access, AuditLog audit, Clock clock,
                      ApplicationEventPublisher events, ProvinceReportDocument labels) {
        this.reports = reports;
        this.drafting = drafting;
        this.periods = periods;
        this.windows = windows;
        this.attachments = attachments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.labels = labels;
    }

    ReportView view(UnitRef unit, ReportPeriod period) {
        Optional<ReformReport> stored = reports.find(unit.id(), period.key());
        ReformReportStatus status = stored.map(ReformReport::status).orElse(ReformReportStatus.NOT_STARTED);
        if (status.editable() && !access.canReadUnsubmitted(unit.id())) {
            throw new AccessDeniedException("reformreport.error.draftPrivate");
        }
        if (stored.isEmpty() && !periods.owes(period, unit.id())) {
            throw new ReformReportRefused("reformreport.error.notOwed", unit.name());
        }
        LocalDate today = LocalDate.now(clock);
        List<Figure> figures;
        Map<String, String> sections;
        if (stored.isEmpty()) {
            figures = drafting.figures(unit.id(), period.window(today));
            sections = drafting.sections(unit, period, figures);
        } else if (status.editable()) {
            figures = refreshed(stored.get().figures(), drafting.figures(unit.id(), period.window(today)));
            sections = stored.get().sections();
        } else {
            figures = stored.get().figures();
            sections = stored.get().sections();
        }
        LocalDate openUntil = windows.openUntil(unit.id(), period.key());
        boolean closed = closed(period, openUntil, today);
        boolean canEdit = status.editable() && access.canChange(unit.id()) && !closed;
        CchcUser me = CurrentUser.get().orElse(null);
        boolean reviewer = access.isStandingAgency() || access.follows(unit.id());
        boolean canDecide = status == ReformReportStatus.SUBMITTED && reviewer && me != null && me.unitId() != unit.id()
                && !me.username().equals(stored.get().submittedBy());
        Optional<ReformReport> s = stored;
        return new ReportView(unit, period, status, s.map(ReformReport::version).orElse(0), sections, figures,
                s.map(ReformReport::submittedAt).orElse(null), s.map(ReformReport::submittedBy).orElse(null),
                s.map(ReformReport::late).orElse(false), s.map(ReformReport::returnReason).orElse(null),
                s.map(ReformReport::decidedBy).orElse(null), s.map(ReformReport::updatedBy).orElse(null),
                s.map(ReformReport::updatedAt).orElse(null), canEdit, canDecide, closed, openUntil,
                closed && status.editable() && access.canChange(unit.id()),
                access.isStandingAgency() && me != null && me.unitId() != unit.id(),
                s.map(r -> reports.versions(r.id())).orElse(List.of()), windows.of(unit.id(), period.key()),
                s.map(r -> attachments.of(r.id())).orElse(List.of()));
    }

    private static boolean closed(ReportPeriod period, LocalDate openUntil, LocalDate today) {
        return period.closedOn(today) && (openUntil == null || today.isAfter(openUntil));
    }

    /** The system's current figures, keeping what the officer typed (and why) for the codes still there. */
    static List<Figure> refreshed(List<Figure> kept, List<Figure> computed) {
        Map<String, Figure> byCode = new HashMap<>();
        kept.forEach(f -> byCode.put(f.code(), f));
        List<Figure> out = new ArrayList<>();
        for (Figure c : computed) {
            Figure k = byCode.get(c.code());
            out.add(k == null ? c : c.typing(k.typed(), k.explanation()));
        }
        return out;
    }

    @Transactional
    ReportView save(UnitRef unit, ReportPeriod period, Edit edit, boolean submit) {
        CchcUser user = CurrentUser.require();
        if (!access.canChange(unit.id())) {
            throw new AccessDeniedException("reformreport.error.notYourUnit");
        }
        LocalDate today = LocalDate.now(clock);
        Optional<ReformReport> before = reports.find(unit.id(), period.key());
        before.ifPresent(ReformReport::requireEditable);
        if (before.isEmpty() && !periods.owes(period, unit.id())) {
            throw new ReformReportRefused("reformreport.error.notOwed", unit.name());
        }
        int current = before.map(ReformReport::version).orElse(0);
        if (edit.version() != current) {
            throw stale(before.orElse(null));
        }
        if (submit && closed(period, windows.openUntil(unit.id(), period.key()), today)) {
            throw new ReformReportRefused("reformreport.error.closed", VietnameseDates.format(period.provinceDue()));
        }
        Map<String, String> sections = sections(edit.sections(), submit);
        List<Figure> figures = typed(refreshed(before.map(ReformReport::figures).orElse(List.of()),
                drafting.figures(unit.id(), period.window(today))), edit);
        long id;
        if (before.isEmpty()) {
            id = reports.create(unit.id(), period, sections, figures, user.username()).orElseThrow(() -> stale(null));
        } else {
            id = before.get().id();
            if (reports.edit(id, current, sections, figures, user.username()) != 1) {
                throw stale(reports.find(unit.id(), period.key()).orElse(null));
            }
        }
        boolean late = today.isAfter(period.unitDue());
        Map<String, Object> after = snapshot(submit ? ReformReportStatus.SUBMITTED : before.map(ReformReport::status)
                .orElse(ReformReportStatus.DRAFT), sections, figures);
        if (submit) {
            if (reports.submit(id, current + 1, late, user.username()) != 1) {
                throw stale(reports.find(unit.id(), period.key()).orElse(null));
            }
            int number = reports.addVersion(id);
            after.put("versionNumber", number);
            after.put("late", late);
        }
        String summary = (submit ? "Gửi báo cáo CCHC " : "Lưu báo cáo CCHC ") + period.key() + " của " + unit.code();
        if (before.isEmpty()) {
            audit.created("reform_report", id, after, summary);
        } else {
            ReformReport b = before.get();
            audit.updated("reform_report", id, snapshot(b.status(), b.sections(), b.figures()), after, summary);
        }
        return view(unit, period);
    }

    private static ReformReportRefused stale(ReformReport now) {
        if (now == null) {
            return new ReformReportRefused("reformreport.error.staleNew");
        }
        return new ReformReportRefused("reformreport.error.stale", now.updatedBy(),
                now.updatedAt().atZoneSameInstant(vn.cchc.time.ProvinceTime.ZONE).toLocalDateTime()
                        .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));
    }

    private static Map<String, String> sections(Map<String, String> sent, boolean submit) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Outline o : Outline.values()) {
            String text = sent == null ? null : sent.get(o.name());
            text = text == null ? "" : text.strip();
            if (text.length() > MAX_SECTION) {
                throw new ReformReportRefused("reformreport.error.sectionTooLong", "reformreport.outline." + o, MAX_SECTION);
            }
            if (submit && text.isEmpty() && o != Outline.PROPOSALS) {
                throw new ReformReportRefused("reformreport.error.sectionRequired", "reformreport.outline." + o);
            }
            out.put(o.name(), text);
        }
        return out;
    }

    /** Typed figures: whole numbers of zero or more, written the Vietnamese way; a figure unlike the system's is explained. */
    private static List<Figure> typed(List<Figure> figures, Edit edit) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            String text = edit.typed() == null ? null : edit.typed().get(f.code());
            String why = edit.explanations() == null ? null : edit.explanations().get(f.code());
            Long typed = null;
            if (text != null && !text.isBlank()) {
                BigDecimal v;
                try {
                    v = VietnameseNumbers.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new ReformReportRefused("reformreport.error.figureNumber", f.label(), text.strip());
                }
                if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                    throw new ReformReportRefused("reformreport.error.figureNumber", f.label(), text.strip());
                }
                typed = v.longValueExact();
            }
            Figure next = f.typing(typed, why);
            if (next.differs() && next.explanation() == null) {
                throw new ReformReportRefused("reformreport.error.explanationRequired", f.label(),
                        VietnameseNumbers.format(typed), VietnameseNumbers.format(f.computed()));
            }
            if (next.explanation() != null && next.explanation().length() > MAX_REASON) {
                throw new ReformReportRefused("reformreport.error.reasonRequired", MAX_REASON);
            }
            out.add(next);
        }
        return out;
    }

    private static Map<String, Object> snapshot(ReformReportStatus status, Map<String, String> sections, List<Figure> figures) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", status.name());
        s.put("sections", sections);
        s.put("typed", figures.stream().filter(f -> f.typed() != null)
                .map(f -> f.code() + "=" + f.typed() + " (" + f.explanation() + ")").toList());
        return s;
    }

    @Transactional
    ReportView accept(UnitRef unit, ReportPeriod period) {
        return decide(unit, period, ReformReportStatus.ACCEPTED, null);
    }

    @Transactional
    ReportView returnForCorrection(UnitRef unit, ReportPeriod period, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new ReformReportRefused("reformreport.error.reasonRequired", MAX_REASON);
        }
        return decide(unit, period, ReformReportStatus.RETURNED, reason.strip());
    }

    private ReportView decide(UnitRef unit, ReportPeriod period, ReformReportStatus next, String reason) {
        CchcUser user = CurrentUser.require();
        if (!access.isStandingAgency() && !access.follows(unit.id())) {
            throw new AccessDeniedException("reformreport.error.onlyStandingAgency");
        }
        ReformReport r = reports.find(unit.id(), period.key())
                .orElseThrow(() -> new ReformReportRefused("reformreport.error.notSubmitted"));
        r.requireDecidableBy(user);
        if (reports.decide(r.id(), next, user.username(), reason) != 1) {
            throw new ReformReportRefused("reformreport.error.notSubmitted");
        }
        audit.updated("reform_report", r.id(), Map.of("status", r.status().name()),
                reason == null ? Map.of("status", next.name()) : Map.of("status", next.name(), "reason", reason),
                (next == ReformReportStatus.ACCEPTED ? "Tiếp nhận báo cáo CCHC " : "Trả lại báo cáo CCHC ")
                        + period.key() + " của " + unit.code());
        // published only after the guarded update took, so a double click tells the unit once
        events.publishEvent(next == ReformReportStatus.ACCEPTED
                ? new ReformReportAccepted(r.id(), r.version(), unit.id(), period.key(), labels.periodLabel(period), user.id())
                : new ReformReportReturned(r.id(), r.version(), unit.id(), period.key(), labels.periodLabel(period), user.id(), reason));
        return view(unit, period);
    }
}
