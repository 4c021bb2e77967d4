package vn.cchc.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SQL for units. Search keys are computed here with {@link SearchKey}, never in SQL, so searching works
 * the same on a server without the unaccent extension.
 */
@Repository
class Units {

    private static final String SELECT = """
            select u.id, u.code, u.name, u.short_name, u.kind, p.code as parent_code, u.valid_from, u.valid_to,
                   u.address, u.phone, u.email, u.head_name
            from unit u left join unit p on p.id = u.parent_id""";

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Unit> findByCode(String code) {
        return one(SELECT + " where u.code = ?", code);
    }

    Optional<Unit> findById(long id) {
        return one(SELECT + " where u.id = ?", id);
    }

    List<Unit> all() {
        return withLists(jdbc.sql(SELECT + " order by u.kind, u.name collate vi").query(Units::row).list());
    }

    /**
     * Units matching the query, by kind then Vietnamese name order. Every word of the text must appear in the
     * unit's key, in one of its aliases' keys or in its code. When nothing matches and the server has pg_trgm,
     * a typo ("so noi vuu") still finds the unit by trigram word similarity.
     */
    List<Unit> search(UnitQuery query, LocalDate today) {
        return search(query, today, null);
    }

    /** One page of the matches in SQL (all of them when {@code page} is null), the lists read for that page alone. */
    List<Unit> search(UnitQuery query, LocalDate today, vn.cchc.page.PageRequest page) {
        String limit = page == null ? "" : " limit ? offset ?";
        List<Object> window = page == null ? List.of() : List.of(page.limitPlusOne(), page.offset());
        StringBuilder filter = new StringBuilder();
        List<Object> filterParams = new ArrayList<>();
        if (query.kind() != null) {
            filter.append(" and u.kind = ?");
            filterParams.add(query.kind().name());
        }
        LocalDate day = query.validOn() != null ? query.validOn() : (query.includeFormer() ? null : today);
        if (day != null) {
            filter.append(" and (u.valid_from is null or u.valid_from <= ?) and (u.valid_to is null or u.valid_to >= ?)");
            filterParams.add(Date.valueOf(day));
            filterParams.add(Date.valueOf(day));
        }
        String key = SearchKey.of(query.text());
        StringBuilder words = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String word : key.isBlank() ? new String[0] : key.split(" ")) {
            String like = SearchKey.containing(word);
            words.append(" and (u.search_key like ? or lower(u.code) like ?")
                    .append(" or exists (select 1 from unit_alias a where a.unit_id = u.id and a.search_key like ?))");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        params.addAll(filterParams);
        params.addAll(window);
        String exact = SELECT + " where 1 = 1" + words + filter + " order by u.kind, u.name collate vi, u.id";
        List<Unit> found = query(exact + limit, params);
        if (!found.isEmpty() || key.isBlank() || !trigramsAvailable()) {
            return found;
        }
        if (page != null && page.page() > 1) {
            // past the last page of exact matches, or none at all: only the latter falls back to similar names
            List<Object> first = new ArrayList<>(params.subList(0, params.size() - window.size()));
            first.addAll(List.of(1, 0));
            if (!jdbc.sql(exact + limit).params(first).query(Units::row).list().isEmpty()) {
                return found;
            }
        }
        List<Object> fuzzy = new ArrayList<>(List.of(key, key));
        fuzzy.addAll(filterParams);
        fuzzy.addAll(window);
        return query(SELECT + " where (word_similarity(?, u.search_key) >= 0.6"
                + " or exists (select 1 from unit_alias a where a.unit_id = u.id and word_similarity(?, a.search_key) >= 0.6))"
                + filter + " order by u.kind, u.name collate vi, u.id" + limit, fuzzy);
    }

    private List<Unit> query(String sql, List<Object> params) {
        return withLists(jdbc.sql(sql).params(params).query(Units::row).list());
    }

    private Boolean trigrams;

    /** Whether pg_trgm is installed; a managed server may refuse the extension (see V1_1). Asked once. */
    private boolean trigramsAvailable() {
        if (trigrams == null) {
            trigrams = jdbc.sql("select exists (select 1 from pg_extension where extname = 'pg_trgm')")
                    .query(Boolean.class).single();
        }
        return trigrams;
    }

    Map<String, Long> idsByCode() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select code, id from unit").query(rs -> {
            ids.put(rs.getString("code"), rs.getLong("id"));
        });
        return ids;
    }

    long insert(UnitStructure s) {
        return jdbc.sql("""
                        insert into unit (code, name, short_name, kind, valid_from, valid_to, search_key)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.code(), s.name(), s.shortName(), s.kind().name(), date(s.validFrom()), date(s.validTo()),
                        key(s))
                .query(Long.class).single();
    }

    void updateStructure(long id, UnitStructure s, Long parentId) {
        jdbc.sql("""
                        update unit set name = ?, short_name = ?, kind = ?, parent_id = ?, valid_from = ?, valid_to = ?,
                                        search_key = ?, updated_at = now()
                        where id = ?""")
                .params(s.name(), s.shortName(), s.kind().name(), parentId, date(s.validFrom()), date(s.validTo()),
                        key(s), id)
                .update();
    }

    void replaceAliases(long id, List<String> aliases) {
        jdbc.sql("delete from unit_alias where unit_id = ?").param(id).update();
        for (String alias : aliases) {
            jdbc.sql("insert into unit_alias (unit_id, alias, search_key) values (?, ?, ?)")
                    .params(id, alias, SearchKey.of(alias)).update();
        }
    }

    void replaceSuccessors(long id, List<Long> successorIds) {
        jdbc.sql("delete from unit_successor where unit_id = ?").param(id).update();
        for (Long successor : successorIds) {
            jdbc.sql("insert into unit_successor (unit_id, successor_id) values (?, ?)").params(id, successor).update();
        }
    }

    void updateContact(long id, UnitContact c) {
        jdbc.sql("update unit set address = ?, phone = ?, email = ?, head_name = ?, updated_at = now() where id = ?")
                .params(c.address(), c.phone(), c.email(), c.headName(), id).update();
    }

    void recordFormerName(long id, String name, String shortName, LocalDate validTo) {
        jdbc.sql("insert into unit_name_history (unit_id, name, short_name, valid_to) values (?, ?, ?, ?)")
                .params(id, name, shortName, date(validTo)).update();
    }

    List<NameChange> nameHistory(long id) {
        return jdbc.sql("""
                        select name, short_name, valid_to, changed_at from unit_name_history
                        where unit_id = ? order by changed_at desc, id desc""")
                .param(id)
                .query((rs, n) -> new NameChange(rs.getString("name"), rs.getString("short_name"),
                        localDate(rs, "valid_to"), rs.getObject("changed_at", java.time.OffsetDateTime.class)))
                .list();
    }

    List<UnitRef> children(long id) {
        return refs("select id, code, name, short_name, kind from unit where parent_id = ? order by kind, name collate vi",
                id);
    }

    /** Units that merged into this one: those naming it as a successor. */
    List<UnitRef> predecessors(long id) {
        return refs("""
                select u.id, u.code, u.name, u.short_name, u.kind from unit u
                join unit_successor s on s.unit_id = u.id where s.successor_id = ? order by u.name collate vi""", id);
    }

    List<UnitRef> byCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, code, name, short_name, kind from unit where code in (:codes) order by name collate vi")
                .param("codes", codes).query(Directory::ref).list();
    }

    /** The units a leader follows; the list lives with the user accounts, read here by username. */
    List<UnitRef> followedBy(String username) {
        return refs("""
                select u.id, u.code, u.name, u.short_name, u.kind from app_user_followed_unit f
                join app_user a on a.id = f.user_id join unit u on u.id = f.unit_id
                where a.username = ? order by u.kind, u.name collate vi""", username);
    }

    private List<UnitRef> refs(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Directory::ref).list();
    }

    private Optional<Unit> one(String sql, Object param) {
        return withLists(jdbc.sql(sql).param(param).query(Units::row).list()).stream().findFirst();
    }

    /** Adds aliases and successors in two queries for the whole list, not two per unit. */
    private List<Unit> withLists(List<Unit> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<String>> aliases = new HashMap<>();
        Map<Long, List<String>> successors = new HashMap<>();
        List<Long> ids = bare.stream().map(Unit::id).toList();
        boolean few = ids.size() <= 500;
        String aliasSql = "select unit_id, alias as value from unit_alias" + (few ? " where unit_id in (:ids)" : "");
        String successorSql = "select s.unit_id, u.code as value from unit_successor s join unit u on u.id = s.successor_id"
                + (few ? " where s.unit_id in (:ids)" : "");
        collect(aliasSql, few, ids, aliases);
        collect(successorSql, few, ids, successors);
        Map<Long, Unit> out = new LinkedHashMap<>();
        for (Unit u : bare) {
            UnitStructure s = u.structure();
            out.put(u.id(), new Unit(u.id(), new UnitStructure(s.code(), s.name(), s.shortName(), s.kind(),
                    s.parentCode(), s.validFrom(), s.validTo(), successors.getOrDefault(u.id(), List.of()),
                    aliases.getOrDefault(u.id(), List.of())), u.contact()));
        }
        return List.copyOf(out.values());
    }

    private void collect(String sql, boolean filtered, List<Long> ids, Map<Long, List<String>> into) {
        var spec = jdbc.sql(sql);
        if (filtered) {
            spec = spec.param("ids", ids);
        }
        spec.query(rs -> {
            into.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>()).add(rs.getString("value"));
        });
    }

    private static Unit row(ResultSet rs, int n) throws SQLException {
        return new Unit(rs.getLong("id"),
                new UnitStructure(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                        UnitKind.valueOf(rs.getString("kind")), rs.getString("parent_code"),
                        localDate(rs, "valid_from"), localDate(rs, "valid_to"), List.of(), List.of()),
                new UnitContact(rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("head_name")));
    }

    private static String key(UnitStructure s) {
        return SearchKey.of(s.shortName() == null ? s.name() : s.name() + " " + s.shortName());
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
