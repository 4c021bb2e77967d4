package vn.cchc.indicator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.vietnamese.VietnameseOrder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Values against targets for a period: per unit and for the province, from approved reports and from the
 * computing sources; the heatmap, the trend of one indicator and the 766 scorecard.
 */
@Service
@Transactional(readOnly = true)
public class Achievements {

    private final Catalogue catalogue;
    private final Reports reports;
    private final List<IndicatorSource> sources;
    private final Directory directory;
    private final Clock clock;

    Achievements(Catalogue catalogue, Reports reports, List<IndicatorSource> sources, Directory directory, Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.reports = reports;
        this.sources = sources;
        this.directory = directory;
    }

    public record Cell(Indicator indicator, Measure measure, BigDecimal value, Target target, Achievement achievement) {
    }

    /** unit null: the province row. */
    public record Row(UnitRef unit, List<Cell> cells, Score766 score) {

        /** The unit's code, or TINH for the province row. */
        public String code() {
            return unit == null ? "TINH" : unit.code();
        }

        public boolean province() {
            return unit == null;
        }
    }

    public record Heatmap(Period period, boolean closed, List<Indicator> columns, Row province, List<Row> rows) {
    }

    /** Every value of the period: unit id (null for the province) → code → measure. */
    public record Values(Map<Long, Map<String, Measure>> units, Map<String, Measure> province) {
    }

    public Values values(Period period) {
        Map<Long, Map<String, Measure>> units = new HashMap<>();
        Map<String, Measure> province = new HashMap<>();
        Map<String, Indicator> byCode = catalogue.byCode();
        Map<Long, Map<String, Measure>> approved = reports.approvedValues(period);
        approved.forEach((unit, m) -> units.computeIfAbsent(unit, k -> new HashMap<>()).putAll(m));
        // roll up reported values: add numerators and denominators
        for (Map<String, Measure> m : approved.values()) {
            m.forEach((code, measure) -> {
                Indicator i = byCode.get(code);
                if (i != null && !"NONE".equals(i.aggregation())) {
                    province.merge(code, measure, Measure::plus);
                }
            });
        }
        for (IndicatorSource s : sources) {
            s.unitValues(period).forEach((unit, m) -> units.computeIfAbsent(unit, k -> new HashMap<>()).putAll(m));
            province.putAll(s.provinceValues(period));
        }
        return new Values(units, province);
    }

    public Heatmap heatmap(Period period, boolean includeAllUnits) {
        List<Indicator> columns = columns(period);
        Values values = values(period);
        ApplicableTargets targets = new ApplicableTargets(catalogue.targets(), period.year());
        boolean closed = LocalDate.now(clock).isAfter(period.end());
        Map<Long, Map<String, Measure>> latest = closed ? Map.of() : latestMonth(period);
        List<Indicator> scored = columns.stream().filter(Indicator::scored).toList();
        Map<Long, UnitRef> rowsUnits = new LinkedHashMap<>();
        if (includeAllUnits) {
            reports.expectedUnits(period).forEach(u -> rowsUnits.put(u.id(), u));
        }
        List<Long> missing = values.units().keySet().stream().filter(id -> !rowsUnits.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Map<Long, UnitRef> all = new HashMap<>();
            directory.search(vn.cchc.directory.UnitQuery.all()).forEach(u -> all.put(u.id(), u.ref()));
            missing.forEach(id -> {
                if (all.containsKey(id)) {
                    rowsUnits.put(id, all.get(id));
                }
            });
        }
        List<Row> rows = new ArrayList<>();
        for (UnitRef u : rowsUnits.values()) {
            Map<String, Measure> m = values.units().getOrDefault(u.id(), Map.of());
            rows.add(new Row(u, cells(columns, m, targets, period, u, closed, latest.get(u.id())), Score766.of(scored, m)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.unit().kind().ordinal()).thenComparing(r -> r.unit().name(), VietnameseOrder.texts()));
        Row province = new Row(null, cells(columns, values.province(), targets, period, null, closed, latest.get(-1L)),
                Score766.of(scored, values.province()));
        return new Heatmap(period, closed, columns, province, rows);
    }

    /** The indicators shown for a period: those computed for any period and those reported for its type. */
    public List<Indicator> columns(Period period) {
        Set<String> computed = computedCodes();
        return catalogue.all().stream()
                .filter(i -> computed.contains(i.code()) || (i.reported() && i.periodType() == period.type()))
                .toList();
    }

    Set<String> computedCodes() {
        Set<String> codes = new java.util.HashSet<>();
        sources.forEach(s -> codes.addAll(s.indicatorCodes()));
        return codes;
    }

    /** Values of the last started month of an open period: the trend that says "at risk". */
    private Map<Long, Map<String, Measure>> latestMonth(Period period) {
        YearMonth now = YearMonth.from(LocalDate.now(clock));
        if (period.type() == PeriodType.MONTH || now.isBefore(period.firstMonth())) {
            return Map.of();
        }
        Period month = Period.month(now.isAfter(period.lastMonth()) ? period.lastMonth() : now);
        Map<Long, Map<String, Measure>> m = new HashMap<>();
        for (IndicatorSource s : sources) {
            s.unitValues(month).forEach((unit, v) -> m.computeIfAbsent(unit, k -> new HashMap<>()).putAll(v));
            m.computeIfAbsent(-1L, k -> new HashMap<>()).putAll(s.provinceValues(month));
        }
        return m;
    }

    private static List<Cell> cells(List<Indicator> columns, Map<String, Measure> values, ApplicableTargets targets,
                                    Period period, UnitRef unit, boolean closed, Map<String, Measure> latest) {
        List<Cell> cells = new ArrayList<>(columns.size());
        for (Indicator i : columns) {
            Measure m = values.get(i.code());
            BigDecimal value = m == null ? null : m.value(i.measure() == IndicatorMeasure.BOOLEAN ? IndicatorMeasure.RATIO : i.measure());
            Target t = targets.of(i.id(), unit).orElse(null);
            cells.add(new Cell(i, m, value, t, judge(value, t, closed, latest == null ? null : latest.get(i.code()), i)));
        }
        return cells;
    }

    /**
     * Achieved or missed once the period is over; while it runs, a value that misses the target, or whose
     * latest month misses it (the trend pulls it down), is at risk.
     */
    static Achievement judge(BigDecimal value, Target t, boolean closed, Measure latestMonth, Indicator i) {
        if (value == null) {
            return Achievement.NO_DATA;
        }
        if (t == null) {
            return Achievement.NO_TARGET;
        }
        boolean met = t.met(value);
        if (closed) {
            return met ? Achievement.ACHIEVED : Achievement.MISSED;
        }
        if (!met) {
            return Achievement.AT_RISK;
        }
        if (latestMonth != null) {
            BigDecimal recent = latestMonth.value(i.measure());
            if (recent != null && !t.met(recent)) {
                return Achievement.AT_RISK;
            }
        }
        return Achievement.ACHIEVED;
    }

    /** One unit's row (or the province's when unit is null). */
    public Row row(Period period, UnitRef unit) {
        Heatmap h = heatmap(period, false);
        if (unit == null) {
            return h.province();
        }
        return h.rows().stream().filter(r -> r.unit().id() == unit.id()).findFirst()
                .orElseGet(() -> new Row(unit, cells(h.columns(), Map.of(), new ApplicableTargets(catalogue.targets(), period.year()), period, unit,
                        h.closed(), null),
                        Score766.of(h.columns().stream().filter(Indicator::scored).toList(), Map.of())));
    }

    public record Trend(Indicator indicator, List<String> labels, List<BigDecimal> values, BigDecimal target,
                        String comparator) {
    }

    /** Monthly values over 24 months for computed indicators; the last 8 periods of its type for reported ones. */
    public Trend trend(Indicator i, UnitRef unit, YearMonth lastMonth) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        IndicatorMeasure shown = i.measure() == IndicatorMeasure.BOOLEAN ? IndicatorMeasure.RATIO : i.measure();
        IndicatorSource source = sources.stream().filter(s -> s.indicatorCodes().contains(i.code())).findFirst().orElse(null);
        if (source != null) {
            YearMonth from = lastMonth.minusMonths(23);
            List<Measure> series = source.monthly(i.code(), unit == null ? null : unit.id(), from, lastMonth);
            for (int k = 0; k < series.size(); k++) {
                YearMonth m = from.plusMonths(k);
                labels.add(String.format("%02d/%d", m.getMonthValue(), m.getYear()));
                Measure x = series.get(k);
                values.add(x == null ? null : x.value(shown));
            }
        } else {
            List<Period> periods = new ArrayList<>(Period.containing(i.periodType(), lastMonth.atEndOfMonth()).recent(8));
            java.util.Collections.reverse(periods);
            for (Period p : periods) {
                labels.add(p.key());
                Map<Long, Map<String, Measure>> approved = reports.approvedValues(p);
                Measure x = null;
                if (unit != null) {
                    x = approved.getOrDefault(unit.id(), Map.of()).get(i.code());
                } else {
                    for (Map<String, Measure> m : approved.values()) {
                        Measure y = m.get(i.code());
                        x = x == null ? y : x.plus(y);
                    }
                }
                values.add(x == null ? null : x.value(shown));
            }
        }
        Target t = Catalogue.applicable(catalogue.targets(), i.id(), lastMonth.getYear(), unit).orElse(null);
        return new Trend(i, labels, values, t == null ? null : t.value(), t == null ? null : t.label());
    }
}
