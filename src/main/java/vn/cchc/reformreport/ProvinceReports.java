package vn.cchc.reformreport;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The province report of a period, consolidated from the units' submitted and accepted reports (their figures as
 * sent, typed values included): sums by figure, the units that reported late or not at all, the units with overdue
 * tasks, a ranking by tasks done on time; with the standing agency's own narrative, pre-filled until it saves one.
 */
@Service
@Transactional(readOnly = true)
class ProvinceReports {

    private static final Locale VI = Vietnamese.LOCALE;
    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() {
    };

    record UnitReport(UnitRef unit, ReformReport report) {
    }

    record Sum(String part, String code, String label, long value) {
    }

    record Overdue(UnitRef unit, long tasks) {
    }

    record Ranked(int rank, UnitRef unit, long planned, long onTime, String taskRate, String dossierRate) {
    }

    record Consolidated(ReportPeriod period, String docNumber, int version, Map<String, String> sections,
                        long expected, List<UnitReport> reported, List<UnitRef> late, List<UnitRef> missing,
                        List<Sum> sums, List<Overdue> overdue, List<Ranked> ranking) {

        public long onTime() {
            return reported.size() - late.size();
        }
    }

    private final JdbcClient jdbc;
    private final ReformReports reports;
    private final ReportPeriods periods;
    private final UnitAccess access;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final MessageSource messages;

    ProvinceReports(JdbcClient jdbc, ReformReports reports, ReportPeriods periods, UnitAccess access, AuditLog audit,
                    ObjectMapper json, MessageSource messages) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.periods = periods;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.messages = messages;
    }

    Consolidated consolidate(ReportPeriod period) {
        Map<Long, UnitRef> expected = new LinkedHashMap<>();
        jdbc.sql("select u.id, u.code, u.name, u.short_name, u.kind from unit u where u.id in (" + periods.expectedUnitsSql(period)
                        + ") order by u.kind, u.name collate vi, u.id")
                .param("to", period.to())
                .query((rs, n) -> new UnitRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        vn.cchc.directory.UnitKind.valueOf(rs.getString(5))))
                .list().forEach(u -> expected.put(u.id(), u));
        Map<Long, ReformReport> byUnit = new HashMap<>();
        reports.forPeriod(period.key()).stream()
                .filter(r -> r.status() == ReformReportStatus.SUBMITTED || r.status() == ReformReportStatus.ACCEPTED)
                .forEach(r -> byUnit.put(r.unitId(), r));
        List<UnitReport> reported = new ArrayList<>();
        List<UnitRef> late = new ArrayList<>();
        List<UnitRef> missing = new ArrayList<>();
        Map<String, Sum> sums = new LinkedHashMap<>();
        List<Overdue> overdue = new ArrayList<>();
        List<Ranked> ranking = new ArrayList<>();
        for (UnitRef u : expected.values()) {
            ReformReport r = byUnit.get(u.id());
            if (r == null) {
                missing.add(u);
                continue;
            }
            reported.add(new UnitReport(u, r));
            if (r.late()) {
                late.add(u);
            }
            for (Figure f : r.figures()) {
                sums.merge(f.code(), new Sum(f.part(), f.code(), f.label(), f.value()),
                        (a, b) -> new Sum(a.part(), a.code(), a.label(), a.value() + b.value()));
            }
            ReportDrafting.Totals t = ReportDrafting.Totals.of(r.figures());
            if (t.overdue() > 0) {
                overdue.add(new Overdue(u, t.overdue()));
            }
        }
        overdue.sort(Comparator.comparingLong(Overdue::tasks).reversed());
        List<UnitReport> ranked = new ArrayList<>(reported);
        ranked.sort(Comparator.comparingDouble((UnitReport ur) -> -rate(ReportDrafting.Totals.of(ur.report().figures())))
                .thenComparingDouble(ur -> -dossierRate(ur.report().figures())));
        int rank = 0;
        for (UnitReport ur : ranked) {
            ReportDrafting.Totals t = ReportDrafting.Totals.of(ur.report().figures());
            ranking.add(new Ranked(++rank, ur.unit(), t.planned(), t.onTime(), ReportDrafting.percent(t.onTime(), t.planned()),
                    ReportDrafting.percent(ReportDrafting.value(ur.report().figures(), "dossier-on-time"),
                            ReportDrafting.value(ur.report().figures(), "dossier-finished"))));
        }
        List<Sum> sumList = new ArrayList<>(sums.values());
        Optional<Map<String, Object>> stored = jdbc.sql("select * from reform_province_report where period_key = ?")
                .param(period.key()).query().listOfRows().stream().findFirst();
        Map<String, String> sections = stored.<Map<String, String>>map(s -> json.readValue(String.valueOf(s.get("sections")), SECTIONS))
                .orElseGet(() -> drafted(period, expected.size(), reported, late, missing, sumList));
        return new Consolidated(period, stored.map(s -> (String) s.get("doc_number")).orElse(null),
                stored.map(s -> ((Number) s.get("version")).intValue()).orElse(0), sections, expected.size(), reported,
                late, missing, sumList, overdue, ranking);
    }

    private static double rate(ReportDrafting.Totals t) {
        return t.planned() == 0 ? 0 : (double) t.onTime() / t.planned();
    }

    private static double dossierRate(List<Figure> figures) {
        long finished = ReportDrafting.value(figures, "dossier-finished");
        return finished == 0 ? 0 : (double) ReportDrafting.value(figures, "dossier-on-time") / finished;
    }

    private Map<String, String> drafted(ReportPeriod period, int expected, List<UnitReport> reported, List<UnitRef> late,
                                        List<UnitRef> missing, List<Sum> sums) {
        long planned = sums.stream().filter(s -> s.code().startsWith("task-planned-")).mapToLong(Sum::value).sum();
        long onTime = sums.stream().filter(s -> s.code().startsWith("task-on-time-")).mapToLong(Sum::value).sum();
        long overdue = sums.stream().filter(s -> s.code().startsWith("task-overdue-")).mapToLong(Sum::value).sum();
        long finished = sums.stream().filter(s -> s.code().equals("dossier-finished")).mapToLong(Sum::value).sum();
        long dossiersOnTime = sums.stream().filter(s -> s.code().equals("dossier-on-time")).mapToLong(Sum::value).sum();
        Map<String, String> s = new LinkedHashMap<>();
        s.put(Outline.LEADERSHIP.name(), text("reformreport.province.draft.leadership", VietnameseDates.format(period.from()),
                VietnameseDates.format(period.to()), n(reported.size()), n(expected), n(late.size()), n(missing.size())));
        s.put(Outline.RESULTS.name(), text("reformreport.province.draft.results", n(planned), n(onTime), n(overdue),
                n(finished), n(dossiersOnTime)));
        s.put(Outline.ASSESSMENT.name(), text("reformreport.province.draft.assessment", ReportDrafting.percent(onTime, planned),
                ReportDrafting.percent(dossiersOnTime, finished)));
        s.put(Outline.NEXT_TASKS.name(), text("reformreport.province.draft.nextTasks", n(overdue)));
        s.put(Outline.PROPOSALS.name(), "");
        return s;
    }

    /** The standing agency's narrative and number, saved from the version it was opened at. */
    @Transactional
    void save(ReportPeriod period, int version, String docNumber, Map<String, String> sent) {
        CchcUser user = CurrentUser.require();
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("reformreport.error.onlyStandingAgency");
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (Outline o : Outline.values()) {
            String t = sent == null || sent.get(o.name()) == null ? "" : sent.get(o.name()).strip();
            if (t.length() > ReportSubmissions.MAX_SECTION) {
                throw new ReformReportRefused("reformreport.error.sectionTooLong", "reformreport.outline." + o,
                        ReportSubmissions.MAX_SECTION);
            }
            sections.put(o.name(), t);
        }
        String number = docNumber == null || docNumber.isBlank() ? null : docNumber.strip();
        if (number != null && number.length() > 60) {
            throw new ReformReportRefused("reformreport.error.docNumber");
        }
        Consolidated before = consolidate(period);
        int changed = version == 0
                ? jdbc.sql("""
                        insert into reform_province_report (period_key, doc_number, sections, updated_by)
                        values (?, ?, ?::jsonb, ?) on conflict (period_key) do nothing""")
                .params(period.key(), number, json.writeValueAsString(sections), user.username()).update()
                : jdbc.sql("""
                        update reform_province_report set doc_number = ?, sections = ?::jsonb, version = version + 1,
                               updated_by = ?, updated_at = now() where period_key = ? and version = ?""")
                .params(number, json.writeValueAsString(sections), user.username(), period.key(), version).update();
        if (changed != 1) {
            throw new ReformReportRefused("reformreport.error.staleNew");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", number);
        after.put("sections", sections);
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("number", before.docNumber());
        old.put("sections", before.sections());
        if (version == 0) {
            audit.created("reform_province_report", period.key(), after, "Lưu báo cáo CCHC của tỉnh " + period.key());
        } else {
            audit.updated("reform_province_report", period.key(), old, after, "Sửa báo cáo CCHC của tỉnh " + period.key());
        }
    }

    private static String n(long v) {
        return VietnameseNumbers.format(v);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
