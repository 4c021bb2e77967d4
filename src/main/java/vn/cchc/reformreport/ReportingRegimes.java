package vn.cchc.reformreport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.Role;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periodic regimes, edited by the administrator. An impossible regime is refused before anything is written:
 * a day that does not exist in every year, a window that ends before it starts or covers more than a year, a unit's
 * due date before the window has ended, a province's due date before the units'.
 */
@Service
@Transactional(readOnly = true)
class ReportingRegimes {

    /** A common year: a rule is checked on one, so that 29/02 (missing three years in four) is refused. */
    private static final int SAMPLE_YEAR = 2025;
    private static final Pattern DAY_MONTH = Pattern.compile("\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReportingRegimes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<RegimeRule> all() {
        return jdbc.sql("select * from reform_regime order by position").query((rs, n) -> new RegimeRule(
                ReportingRegime.valueOf(rs.getString("regime")), rs.getBoolean("from_previous_year"),
                MonthDay.of(rs.getInt("window_from_month"), rs.getInt("window_from_day")),
                MonthDay.of(rs.getInt("window_to_month"), rs.getInt("window_to_day")),
                MonthDay.of(rs.getInt("unit_due_month"), rs.getInt("unit_due_day")),
                MonthDay.of(rs.getInt("province_due_month"), rs.getInt("province_due_day")),
                rs.getString("updated_by"))).list();
    }

    RegimeRule rule(ReportingRegime regime) {
        return all().stream().filter(r -> r.regime() == regime).findFirst()
                .orElseThrow(() -> new ReformReportRefused("reformreport.error.noRegime", regime.name()));
    }

    /** The four days as typed ("15/12"); the rule as stored. */
    @Transactional
    RegimeRule update(ReportingRegime regime, boolean fromPreviousYear, String windowFrom, String windowTo,
                      String unitDue, String provinceDue) {
        CchcUser user = CurrentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("reformreport.error.onlyAdmin");
        }
        if (regime == ReportingRegime.AD_HOC) {
            throw new ReformReportRefused("reformreport.error.noRegime", regime.name());
        }
        RegimeRule before = rule(regime);
        RegimeRule next = new RegimeRule(regime, fromPreviousYear, day("reformreport.regime.windowFrom", windowFrom),
                day("reformreport.regime.windowTo", windowTo), day("reformreport.regime.unitDue", unitDue),
                day("reformreport.regime.provinceDue", provinceDue), user.username());
        check(next);
        int changed = jdbc.sql("""
                        update reform_regime set from_previous_year = ?, window_from_month = ?, window_from_day = ?,
                               window_to_month = ?, window_to_day = ?, unit_due_month = ?, unit_due_day = ?,
                               province_due_month = ?, province_due_day = ?, updated_by = ?, updated_at = now()
                        where regime = ?""")
                .params(next.fromPreviousYear(), next.windowFrom().getMonthValue(), next.windowFrom().getDayOfMonth(),
                        next.windowTo().getMonthValue(), next.windowTo().getDayOfMonth(),
                        next.unitDue().getMonthValue(), next.unitDue().getDayOfMonth(),
                        next.provinceDue().getMonthValue(), next.provinceDue().getDayOfMonth(), user.username(), regime.name())
                .update();
        if (changed != 1) {
            throw new ReformReportRefused("reformreport.error.noRegime", regime.name());
        }
        audit.updated("reform_regime", regime.name(), snapshot(before), snapshot(next), "Sửa chế độ báo cáo " + regime.name());
        return next;
    }

    private static Map<String, Object> snapshot(RegimeRule r) {
        return Map.of("fromPreviousYear", r.fromPreviousYear(), "windowFrom", r.windowFrom().toString(),
                "windowTo", r.windowTo().toString(), "unitDue", r.unitDue().toString(), "provinceDue", r.provinceDue().toString());
    }

    static void check(RegimeRule r) {
        LocalDate from = r.from(SAMPLE_YEAR);
        LocalDate to = r.to(SAMPLE_YEAR);
        if (!from.isBefore(to)) {
            throw new ReformReportRefused("reformreport.error.windowBackwards", shown(r.windowFrom()), shown(r.windowTo()));
        }
        if (ChronoUnit.DAYS.between(from, to) >= 366) {
            throw new ReformReportRefused("reformreport.error.windowTooLong", shown(r.windowFrom()), shown(r.windowTo()));
        }
        if (!r.unitDueOn(SAMPLE_YEAR).isAfter(to)) {
            throw new ReformReportRefused("reformreport.error.unitDueInWindow", shown(r.unitDue()), shown(r.windowTo()));
        }
        if (!r.provinceDueOn(SAMPLE_YEAR).isAfter(r.unitDueOn(SAMPLE_YEAR))) {
            throw new ReformReportRefused("reformreport.error.provinceDueFirst", shown(r.provinceDue()), shown(r.unitDue()));
        }
    }

    static String shown(MonthDay d) {
        return String.format("%02d/%02d", d.getDayOfMonth(), d.getMonthValue());
    }

    private static MonthDay day(String fieldKey, String typed) {
        Matcher m = DAY_MONTH.matcher(typed == null ? "" : typed);
        if (!m.matches()) {
            throw new ReformReportRefused("reformreport.error.dayMonth", fieldKey, typed == null ? "" : typed);
        }
        try {
            MonthDay d = MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (!d.isValidYear(SAMPLE_YEAR)) {
                throw new ReformReportRefused("reformreport.error.notEveryYear", fieldKey, typed.strip());
            }
            return d;
        } catch (DateTimeException e) {
            throw new ReformReportRefused("reformreport.error.dayMonth", fieldKey, typed.strip());
        }
    }
}
