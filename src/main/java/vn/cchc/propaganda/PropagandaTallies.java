package vn.cchc.propaganda;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.plan.Plans;
import vn.cchc.plan.TaskFilter;
import vn.cchc.plan.TaskRow;
import vn.cchc.plan.PlanDraft;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outputs counted: by quarter, kind and outlet; by kind in a report's window; a quarter's planned contents against what was delivered; an outlet's list. */
@Service
class PropagandaTallies {

    /** One line of the tally; {@code outlet} is null for outputs outside any outlet (conferences, banners, leaflets). */
    record Tally(int quarter, OutputKind kind, String outlet, long outputs) {
    }

    /** A planned content of the quarter: its lead agencies as the plan writes them, and what was delivered for it. */
    record Delivered(long contentId, String content, List<String> lead, long outputs, Map<OutputKind, Long> byKind) {
    }

    record Quarter(long planId, int quarter, int planned, int delivered, List<Delivered> contents) {
    }

    record OutletOutput(long id, LocalDate publishedOn, OutputKind kind, int count, String title, String link,
                        String unit, long contentId) {
    }

    private final JdbcClient jdbc;
    private final Plans plans;
    private final vn.cchc.directory.Directory directory;

    PropagandaTallies(JdbcClient jdbc, Plans plans, vn.cchc.directory.Directory directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** The year's outputs (of one unit when {@code unitId} is given), summed by quarter, kind and outlet. */
    @Transactional(readOnly = true)
    public List<Tally> tally(int year, Long unitId) {
        return jdbc.sql("""
                        select extract(quarter from o.published_on)::int as quarter, o.kind, t.name as outlet, sum(o.count) as outputs
                        from propaganda_output o left join propaganda_outlet t on t.id = o.outlet_id
                        where o.published_on between ? and ? and (?::bigint is null or o.unit_id = ?)
                        group by 1, 2, 3 order by 1, 2, 3 nulls last""")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), unitId, unitId)
                .query((rs, n) -> new Tally(rs.getInt("quarter"), OutputKind.valueOf(rs.getString("kind")),
                        rs.getString("outlet"), rs.getLong("outputs"))).list();
    }

    /** What one unit published or held from {@code from} to {@code to} (inclusive), summed by kind. */
    @Transactional(readOnly = true)
    public Map<OutputKind, Long> byKind(long unitId, LocalDate from, LocalDate to) {
        Map<OutputKind, Long> sums = new EnumMap<>(OutputKind.class);
        jdbc.sql("select kind, sum(count) from propaganda_output where unit_id = ? and published_on between ? and ? group by kind")
                .params(unitId, from, to)
                .query((rs, n) -> sums.put(OutputKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return sums;
    }

    /** The plan's contents of one quarter, each with the outputs logged for it; delivered = contents with any output. */
    @Transactional(readOnly = true)
    public Quarter quarter(long planId, int quarter) {
        List<TaskRow> contents = plans.tasks(TaskFilter.ofPlan(planId)).stream()
                .filter(t -> t.quarter() != null && t.quarter() == quarter).toList();
        Map<Long, Map<OutputKind, Long>> byContent = new HashMap<>();
        if (!contents.isEmpty()) {
            jdbc.sql("select task_id, kind, sum(count) from propaganda_output where task_id = any(?) group by 1, 2")
                    .param(contents.stream().map(TaskRow::id).toArray(Long[]::new))
                    .query((rs, n) -> byContent.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(OutputKind.class))
                            .put(OutputKind.valueOf(rs.getString(2)), rs.getLong(3))).list();
        }
        List<Delivered> rows = contents.stream().map(t -> {
            Map<OutputKind, Long> kinds = byContent.getOrDefault(t.id(), Map.of());
            return new Delivered(t.id(), t.content(), t.lead().stream().map(PlanDraft.Agency::name).toList(),
                    kinds.values().stream().mapToLong(Long::longValue).sum(), kinds);
        }).toList();
        return new Quarter(planId, quarter, rows.size(), (int) rows.stream().filter(r -> r.outputs() > 0).count(), rows);
    }

    /** What appeared in one outlet, newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<OutletOutput> outlet(String code, PageRequest page) {
        return Page.of(jdbc.sql("""
                        select o.id, o.published_on, o.kind, o.count, o.title, o.link, o.unit_id, o.task_id
                        from propaganda_output o join propaganda_outlet t on t.id = o.outlet_id
                        where t.code = ? order by o.published_on desc, o.id desc limit ? offset ?""")
                .params(code, page.limitPlusOne(), page.offset())
                .query((rs, n) -> new OutletOutput(rs.getLong("id"), rs.getDate("published_on").toLocalDate(),
                        OutputKind.valueOf(rs.getString("kind")), rs.getInt("count"), rs.getString("title"),
                        rs.getString("link"), unitName(rs.getLong("unit_id")), rs.getLong("task_id"))).list(), page);
    }

    /** What was logged for one content (of one unit when {@code unitId} is given), newest first, a page at a time. */
    @Transactional(readOnly = true)
    public Page<OutletOutput> ofContent(long contentId, Long unitId, PageRequest page) {
        return Page.of(jdbc.sql("""
                        select o.id, o.published_on, o.kind, o.count, o.title, o.link, o.unit_id, o.task_id
                        from propaganda_output o where o.task_id = ? and (?::bigint is null or o.unit_id = ?)
                        order by o.published_on desc, o.id desc limit ? offset ?""")
                .params(contentId, unitId, unitId, page.limitPlusOne(), page.offset())
                .query((rs, n) -> new OutletOutput(rs.getLong("id"), rs.getDate("published_on").toLocalDate(),
                        OutputKind.valueOf(rs.getString("kind")), rs.getInt("count"), rs.getString("title"),
                        rs.getString("link"), unitName(rs.getLong("unit_id")), rs.getLong("task_id"))).list(), page);
    }

    record Outlet(String code, String name) {
    }

    /** The province's outlets, the list a unit picks from (a handful of rows). */
    @Transactional(readOnly = true)
    public List<Outlet> outlets() {
        return jdbc.sql("select code, name from propaganda_outlet order by name")
                .query((rs, n) -> new Outlet(rs.getString(1), rs.getString(2))).list();
    }

    private String unitName(long unitId) {
        return directory.findById(unitId).map(vn.cchc.directory.UnitRef::name).orElse("");
    }

    boolean outletExists(String code) {
        return jdbc.sql("select count(*) from propaganda_outlet where code = ?").param(code).query(Long.class).single() > 0;
    }
}
