package vn.cchc.indicator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.directory.UnitRef;
import vn.cchc.security.UnitAccess;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The indicator catalogue, targets and due rules. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private static final String SELECT = """
            select id, code, name, definition, measure, direction, aggregation, period_type, source, unit_label,
                   group_766, score_max, score_threshold, sort_order from ind_indicator""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;

    private final HeatmapCache heatmaps;

    Catalogue(JdbcClient jdbc, AuditLog audit, UnitAccess access, HeatmapCache heatmaps) {
        this.heatmaps = heatmaps;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
    }

    public List<Indicator> all() {
        return jdbc.sql(SELECT + " where active order by sort_order, code").query(Catalogue::row).list();
    }

    public Map<String, Indicator> byCode() {
        return all().stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    public Optional<Indicator> find(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(Catalogue::row).optional();
    }

    /** The reported indicators a unit fills in for a period of this type. */
    public List<Indicator> form(PeriodType type) {
        return all().stream().filter(i -> i.reported() && i.periodType() == type).toList();
    }

    public List<Target> targets() {
        return jdbc.sql("""
                        select id, indicator_id, year, unit_kind, unit_id, comparator, value, origin from ind_target
                        order by year desc, indicator_id""")
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getLong("indicator_id"), rs.getInt("year"),
                        rs.getString("unit_kind"), (Long) rs.getObject("unit_id", Long.class), rs.getString("comparator"),
                        rs.getBigDecimal("value"), rs.getString("origin"))).list();
    }

    /**
     * The target that applies to a unit (null: the province) in a year: the unit's own, else its kind's, else
     * the one for every unit; a year without targets keeps the latest earlier year's.
     */
    public static Optional<Target> applicable(List<Target> targets, long indicatorId, int year, UnitRef unit) {
        return targets.stream()
                .filter(t -> t.indicatorId() == indicatorId && t.year() <= year)
                .filter(t -> t.unitId() == null && t.unitKind() == null
                        || unit != null && t.unitId() != null && t.unitId() == unit.id()
                        || unit != null && t.unitKind() != null && t.unitKind().equals(unit.kind().name()))
                .max(Comparator.comparingInt(Target::year)
                        .thenComparingInt(t -> t.unitId() != null ? 2 : t.unitKind() != null ? 1 : 0));
    }

    public record TargetForm(String indicatorCode, int year, String unitKind, Long unitId, String comparator,
                             BigDecimal value, String origin) {
    }

    /** Creates or replaces a target (standing agency or administrator). */
    @Transactional
    public Target saveTarget(TargetForm form) {
        if (!access.isStandingAgency()) {
            throw new IndicatorException(org.springframework.http.HttpStatus.FORBIDDEN, "indicator.error.forbidden");
        }
        Indicator indicator = find(form.indicatorCode()).orElseThrow(() -> new IndicatorException(
                org.springframework.http.HttpStatus.NOT_FOUND, "indicator.error.unknownIndicator", form.indicatorCode()));
        if (form.value() == null || !List.of(">=", ">", "<=", "<", "=").contains(form.comparator())
                || form.year() < 2000 || form.year() > 2100) {
            throw new IndicatorException(org.springframework.http.HttpStatus.BAD_REQUEST, "indicator.error.targetInvalid");
        }
        if (form.unitKind() != null && form.unitId() != null) {
            throw new IndicatorException(org.springframework.http.HttpStatus.BAD_REQUEST, "indicator.error.targetScope");
        }
        Optional<Target> before = targets().stream().filter(t -> t.indicatorId() == indicator.id() && t.year() == form.year()
                && java.util.Objects.equals(t.unitKind(), form.unitKind()) && java.util.Objects.equals(t.unitId(), form.unitId()))
                .findFirst();
        before.ifPresent(t -> jdbc.sql("delete from ind_target where id = ?").param(t.id()).update());
        long id = jdbc.sql("""
                        insert into ind_target (indicator_id, year, unit_kind, unit_id, comparator, value, origin, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(indicator.id(), form.year(), form.unitKind(), form.unitId(), form.comparator(), form.value(),
                        form.origin(), vn.cchc.security.CurrentUser.require().username())
                .query(Long.class).single();
        Target saved = new Target(id, indicator.id(), form.year(), form.unitKind(), form.unitId(), form.comparator(),
                form.value(), form.origin());
        if (before.isPresent()) {
            audit.updated("ind_target", id, before.get(), saved, "Chỉ tiêu " + indicator.code() + " năm " + form.year());
        } else {
            audit.created("ind_target", id, saved, "Chỉ tiêu " + indicator.code() + " năm " + form.year());
        }
        heatmaps.forgetAfterCommit();
        return saved;
    }

    public int dueDays(PeriodType type) {
        return jdbc.sql("select days_after_end from ind_due_rule where period_type = ?").param(type.name())
                .query(Integer.class).optional().orElse(10);
    }

    static Indicator row(ResultSet rs, int n) throws SQLException {
        return new Indicator(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("definition"),
                IndicatorMeasure.valueOf(rs.getString("measure")), rs.getString("direction"), rs.getString("aggregation"),
                PeriodType.valueOf(rs.getString("period_type")), rs.getString("source"), rs.getString("unit_label"),
                rs.getString("group_766"), rs.getBigDecimal("score_max"), rs.getBigDecimal("score_threshold"),
                rs.getInt("sort_order"));
    }
}
