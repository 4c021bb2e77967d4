package vn.cchc.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a backup holds, read from the catalogue of the connection's schema: its tables in an order where a table comes
 * after every table it references (so a restore loads rows whose references are already there), their columns, its
 * sequences and the migrations Flyway applied. Flyway's own history is not data: it says which schema the data fits.
 */
final class SchemaTables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private SchemaTables() {
    }

    /** A table and the columns a backup copies (generated columns are computed again on restore). */
    record Table(String name, List<String> columns) {
    }

    /** A sequence's position: {@code lastValue} is where {@code nextval} continues from. */
    record SequenceValue(String name, long lastValue, boolean called) {
    }

    static List<Table> tables(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select t.relname, a.attname from pg_class t
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
                join pg_attribute a on a.attrelid = t.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                where t.relkind in ('r', 'p') and not t.relispartition and t.relname <> '%s'
                order by t.relname, a.attnum""".formatted(FLYWAY_HISTORY))) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        Map<String, Set<String>> references = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select t.relname, r.relname from pg_constraint f
                join pg_class t on t.oid = f.conrelid
                join pg_class r on r.oid = f.confrelid
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
                where f.contype = 'f' and t.oid <> r.oid""")) {
            while (rs.next()) {
                references.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (String name : columns.keySet()) {
            place(name, columns, references, placed, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void place(String name, Map<String, List<String>> columns, Map<String, Set<String>> references,
                              Set<String> placed, Set<String> visiting, List<Table> ordered) {
        if (placed.contains(name) || !columns.containsKey(name)) {
            return;
        }
        if (!visiting.add(name)) {
            // a cycle of foreign keys between tables could not be loaded table by table; none exists today
            throw new IllegalStateException("Foreign keys form a cycle through tables " + visiting);
        }
        for (String referenced : references.getOrDefault(name, Set.of())) {
            place(referenced, columns, references, placed, visiting, ordered);
        }
        visiting.remove(name);
        placed.add(name);
        ordered.add(new Table(name, List.copyOf(columns.get(name))));
    }

    static List<SequenceValue> sequences(Connection c) throws SQLException {
        List<SequenceValue> sequences = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select sequencename, coalesce(last_value, start_value), last_value is not null from pg_sequences
                where schemaname = current_schema() order by sequencename""")) {
            while (rs.next()) {
                sequences.add(new SequenceValue(rs.getString(1), rs.getLong(2), rs.getBoolean(3)));
            }
        }
        return sequences;
    }

    /** The versions of the migrations applied successfully, in version order ("1.1", "1.2", … "17.1"). */
    static List<String> schemaVersions(Connection c) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select version from " + FLYWAY_HISTORY + " where success and version is not null")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        versions.sort(SchemaTables::compareVersions);
        return versions;
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String columnList(Table table) {
        return String.join(", ", table.columns().stream().map(SchemaTables::quoted).toList());
    }
}
