package vn.cchc.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The unit tree read lazily, as {@link UnitTree} draws it: per kind a count, a kind's branches (a unit whose parent
 * is not of its kind starts one) a page at a time, a unit's children of its own kind when opened. One statement each,
 * whatever the size of the directory.
 */
@Component
@Transactional(readOnly = true)
class UnitBranches {

    /** A kind of unit and how many the list shows. */
    public record KindCount(UnitKind kind, long units) {
    }

    /**
     * @param parentName the parent's name when the unit starts a branch under a unit of another kind that is not
     *                   top-level (UBND tỉnh above every department is not named), else null
     */
    public record Branch(String code, String name, boolean former, LocalDate validFrom, LocalDate validTo,
                         String parentName, boolean hasChildren) {
    }

    private static final String EXISTS = "(u.valid_from is null or u.valid_from <= :day) and (u.valid_to is null or u.valid_to >= :day)";
    private static final String CHILD_EXISTS = EXISTS.replace("u.", "c.");
    private static final String PARENT_EXISTS = EXISTS.replace("u.", "p.");

    /** The parent is shown above the unit: of its kind, and listed (existing today unless former ones are shown). */
    private static String parentShown(boolean former) {
        return "(p.kind = u.kind" + (former ? "" : " and " + PARENT_EXISTS) + ")";
    }

    private final JdbcClient jdbc;

    UnitBranches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<KindCount> kinds(boolean former, LocalDate today) {
        return jdbc.sql("select u.kind, count(*) from unit u where " + (former ? "true" : EXISTS) + " group by 1")
                .param("day", Date.valueOf(today))
                .query((rs, n) -> new KindCount(UnitKind.valueOf(rs.getString(1)), rs.getLong(2))).list().stream()
                .sorted(java.util.Comparator.comparingInt(k -> k.kind().ordinal())).toList();
    }

    Page<Branch> roots(UnitKind kind, boolean former, LocalDate today, PageRequest page) {
        return Page.of(jdbc.sql(select(former) + """
                         where u.kind = :kind and (p.id is null or not %s) and %s
                         order by u.name collate vi, u.id limit :limit offset :offset""".formatted(parentShown(former),
                        former ? "true" : EXISTS))
                .param("kind", kind.name()).param("day", Date.valueOf(today))
                .param("limit", page.limitPlusOne()).param("offset", page.offset())
                .query((rs, n) -> branch(rs, today)).list(), page);
    }

    /** The children of a unit that are of its own kind (others start their own branch in their kind's group). */
    Page<Branch> children(String parentCode, boolean former, LocalDate today, PageRequest page) {
        return Page.of(jdbc.sql(select(former) + """
                         where p.code = :parent and %s and %s
                         order by u.name collate vi, u.id limit :limit offset :offset""".formatted(parentShown(former),
                        former ? "true" : EXISTS))
                .param("parent", parentCode).param("day", Date.valueOf(today))
                .param("limit", page.limitPlusOne()).param("offset", page.offset())
                .query((rs, n) -> branch(rs, today)).list(), page);
    }

    private static String select(boolean former) {
        return """
                select u.code, u.name, u.valid_from, u.valid_to,
                       case when not %s and p.parent_id is not null then p.name end as parent_name,
                       exists (select 1 from unit c where c.parent_id = u.id and c.kind = u.kind and %s) as has_children
                from unit u left join unit p on p.id = u.parent_id
                """.formatted(parentShown(former), former ? "true" : CHILD_EXISTS);
    }

    private static Branch branch(ResultSet rs, LocalDate today) throws SQLException {
        Date from = rs.getDate(3);
        Date to = rs.getDate(4);
        LocalDate validTo = to == null ? null : to.toLocalDate();
        return new Branch(rs.getString(1), rs.getString(2), validTo != null && validTo.isBefore(today),
                from == null ? null : from.toLocalDate(), validTo, rs.getString(5), rs.getBoolean(6));
    }
}
