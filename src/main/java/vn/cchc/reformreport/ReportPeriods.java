package vn.cchc.reformreport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.security.CchcUser;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The periods reform reports are owed for: each regime's years, and the standing agency's ad hoc requests. */
@Service
@Transactional(readOnly = true)
class ReportPeriods {

    private static final Pattern REGIME_KEY = Pattern.compile("(\\d{4})-(QUARTER_I|SIX_MONTHS|QUARTER_III|YEAR)");
    private static final Pattern AD_HOC_KEY = Pattern.compile("ADHOC-(\\d{1,12})");
    private static final int MAX_TITLE = 300;

    /** Units that owe the periodic reports: departments, communes and wards valid on the window's last day. */
    static final String PERIODIC_UNITS = """
            select u.id from unit u where u.kind in ('DEPARTMENT', 'COMMUNE', 'WARD')
              and (u.valid_from is null or u.valid_from <= :to) and (u.valid_to is null or u.valid_to >= :to)""";

    private final JdbcClient jdbc;
    private final ReportingRegimes regimes;
    private final UnitAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ReportPeriods(JdbcClient jdbc, ReportingRegimes regimes, UnitAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.regimes = regimes;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    ReportPeriod resolve(String key) {
        Matcher m = REGIME_KEY.matcher(key == null ? "" : key);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year < 2000 || year > 2100) {
                throw new ReformReportRefused("reformreport.error.noPeriod", key);
            }
            return of(regimes.rule(ReportingRegime.valueOf(m.group(2))), year);
        }
        Matcher a = AD_HOC_KEY.matcher(key == null ? "" : key);
        if (a.matches()) {
            return jdbc.sql("select * from reform_ad_hoc where id = ?").param(Long.parseLong(a.group(1)))
                    .query((rs, n) -> new ReportPeriod(key, ReportingRegime.AD_HOC, rs.getDate("window_to").toLocalDate().getYear(),
                            rs.getLong("id"), rs.getString("title"), rs.getDate("window_from").toLocalDate(),
                            rs.getDate("window_to").toLocalDate(), rs.getDate("unit_due").toLocalDate(),
                            rs.getDate("province_due").toLocalDate()))
                    .optional().orElseThrow(() -> new ReformReportRefused("reformreport.error.noPeriod", key));
        }
        throw new ReformReportRefused("reformreport.error.noPeriod", key == null ? "" : key);
    }

    static ReportPeriod of(RegimeRule rule, int year) {
        return new ReportPeriod(ReportPeriod.key(rule.regime(), year), rule.regime(), year, null, null, rule.from(year),
                rule.to(year), rule.unitDueOn(year), rule.provinceDueOn(year));
    }

    /** This year's and last year's periodic periods, newest first, then the ad hoc requests of those years. */
    List<ReportPeriod> choices() {
        int year = LocalDate.now(clock).getYear();
        List<ReportPeriod> out = new ArrayList<>();
        List<RegimeRule> rules = regimes.all();
        for (int y = year; y >= year - 1; y--) {
            for (int i = rules.size() - 1; i >= 0; i--) {
                out.add(of(rules.get(i), y));
            }
        }
        jdbc.sql("select id from reform_ad_hoc where extract(year from window_to) >= ? order by id desc limit 20")
                .param(year - 1).query(Long.class).list().forEach(id -> out.add(resolve("ADHOC-" + id)));
        return out;
    }

    /** The periodic period being reported on now: the first whose province due date has not passed. */
    ReportPeriod current() {
        LocalDate today = LocalDate.now(clock);
        for (RegimeRule r : regimes.all()) {
            ReportPeriod p = of(r, today.getYear());
            if (!p.closedOn(today)) {
                return p;
            }
        }
        return of(regimes.rule(ReportingRegime.QUARTER_I), today.getYear() + 1);
    }

    /** The units that owe a report for the period, as SQL over {@code :to} (periodic) or the request's units. */
    String expectedUnitsSql(ReportPeriod p) {
        return p.adHoc() ? "select unit_id as id from reform_ad_hoc_unit where ad_hoc_id = " + p.adHocId() : PERIODIC_UNITS;
    }

    boolean owes(ReportPeriod p, long unitId) {
        return jdbc.sql("select exists (select 1 from (" + expectedUnitsSql(p) + ") e where e.id = :unit)")
                .param("to", p.to()).param("unit", unitId).query(Boolean.class).single();
    }

    /** The standing agency asks chosen units for an ad hoc report with its own window and due dates. */
    @Transactional
    ReportPeriod requestAdHoc(String title, LocalDate from, LocalDate to, LocalDate unitDue, LocalDate provinceDue,
                              List<Long> unitIds) {
        CchcUser user = CurrentUser.require();
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("reformreport.error.onlyStandingAgency");
        }
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new ReformReportRefused("reformreport.error.adHocTitle", MAX_TITLE);
        }
        if (from == null || to == null || unitDue == null || provinceDue == null) {
            throw new ReformReportRefused("reformreport.error.adHocDates");
        }
        if (from.isAfter(to) || unitDue.isBefore(to) || provinceDue.isBefore(unitDue)) {
            throw new ReformReportRefused("reformreport.error.adHocOrder");
        }
        List<Long> units = unitIds == null ? List.of() : unitIds.stream().distinct().toList();
        if (units.isEmpty()) {
            throw new ReformReportRefused("reformreport.error.adHocUnits");
        }
        long known = jdbc.sql("select count(*) from unit where id = any(?)")
                .param(new SqlArrayValue("bigint", units.toArray())).query(Long.class).single();
        if (known != units.size()) {
            throw new ReformReportRefused("reformreport.error.adHocUnits");
        }
        long id = jdbc.sql("""
                        insert into reform_ad_hoc (title, window_from, window_to, unit_due, province_due, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(title.strip(), Date.valueOf(from), Date.valueOf(to), Date.valueOf(unitDue), Date.valueOf(provinceDue),
                        user.username()).query(Long.class).single();
        for (Long unit : units) {
            jdbc.sql("insert into reform_ad_hoc_unit (ad_hoc_id, unit_id) values (?, ?)").params(id, unit).update();
        }
        audit.created("reform_ad_hoc", id, Map.of("title", title.strip(), "from", from.toString(), "to", to.toString(),
                "unitDue", unitDue.toString(), "provinceDue", provinceDue.toString(), "units", units),
                "Yêu cầu báo cáo đột xuất: " + title.strip());
        return resolve("ADHOC-" + id);
    }
}
