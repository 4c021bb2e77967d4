package vn.cchc.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The province's reference list of units, read from {@code directory/units.tsv} on the classpath.
 *
 * <p>The file is the editable source of truth for units that exist in documents (including merged and
 * dissolved ones): one unit a line, tab-separated, {@code #} lines are notes. It is validated as a whole
 * and every problem is reported with its line number, because a broken successor link or parent
 * would silently corrupt history views and group members.
 * An entry's id is its line number: stable for in-memory use, not a database key.
 */
public final class ReferenceDirectory implements UnitCatalogue {

    public static final String DEFAULT_RESOURCE = "directory/units.tsv";
    static final List<String> COLUMNS = List.of(
            "code", "name", "short_name", "kind", "parent_code", "valid_from", "valid_to", "successor_codes", "aliases");
    /** The bundled file never changes while the application runs. */
    private static final long VERSION = 1L;

    private final List<DirectoryEntry> entries;
    private final Map<String, DirectoryEntry> byCode;

    public ReferenceDirectory() {
        this(DEFAULT_RESOURCE);
    }

    public ReferenceDirectory(String classpathResource) {
        this(read(classpathResource), classpathResource);
    }

    ReferenceDirectory(List<String> lines, String source) {
        this.entries = List.copyOf(parse(lines, source));
        Map<String, DirectoryEntry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.unit().code(), e));
        this.byCode = Map.copyOf(map);
    }

    @Override
    public List<DirectoryEntry> all() {
        return entries;
    }

    @Override
    public long version() {
        return VERSION;
    }

    public Optional<DirectoryEntry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<DirectoryEntry> validOn(LocalDate day) {
        return entries.stream().filter(e -> e.validOn(day)).toList();
    }

    private static List<String> read(String resource) {
        InputStream in = ReferenceDirectory.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Directory resource not found on classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static List<DirectoryEntry> parse(List<String> lines, String source) {
        List<String> problems = new ArrayList<>();
        List<DirectoryEntry> out = new ArrayList<>();
        Map<DirectoryEntry, Integer> lineOf = new LinkedHashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!headerSeen) {
                headerSeen = true;
                if (!Arrays.asList(cells).equals(COLUMNS)) {
                    problems.add("line " + lineNo + ": header must be " + String.join("\\t", COLUMNS));
                }
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                problems.add("line " + lineNo + ": expected " + COLUMNS.size() + " tab-separated cells, found " + cells.length);
                continue;
            }
            parseLine(cells, lineNo, problems).ifPresent(e -> {
                out.add(e);
                lineOf.put(e, lineNo);
            });
        }
        checkReferences(out, lineOf, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid unit directory " + source + ":\n  " + String.join("\n  ", problems));
        }
        return out;
    }

    private static Optional<DirectoryEntry> parseLine(String[] c, int lineNo, List<String> problems) {
        String code = c[0].strip();
        String at = "line " + lineNo + " (" + code + "): ";
        int before = problems.size();
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            problems.add(at + "code must be upper-case ASCII letters, digits and '_'");
        }
        if (c[1].isBlank() || c[2].isBlank()) {
            problems.add(at + "name and short_name are required");
        }
        UnitKind kind = null;
        try {
            kind = UnitKind.valueOf(c[3].strip());
        } catch (IllegalArgumentException e) {
            problems.add(at + "unknown kind '" + c[3] + "'; one of " + Arrays.toString(UnitKind.values()));
        }
        LocalDate from = date(c[5], at + "valid_from", problems);
        LocalDate to = date(c[6], at + "valid_to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(at + "valid_to is before valid_from");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        UnitRef unit = new UnitRef(lineNo, code, c[1].strip(), c[2].strip(), kind);
        String parent = c[4].isBlank() ? null : c[4].strip();
        return Optional.of(new DirectoryEntry(unit, parent, from, to, list(c[7]), list(c[8])));
    }

    private static void checkReferences(List<DirectoryEntry> entries, Map<DirectoryEntry, Integer> lineOf, List<String> problems) {
        Set<String> codes = new HashSet<>();
        for (DirectoryEntry e : entries) {
            if (!codes.add(e.unit().code())) {
                problems.add("line " + lineOf.get(e) + ": duplicate code " + e.unit().code());
            }
        }
        for (DirectoryEntry e : entries) {
            String at = "line " + lineOf.get(e) + " (" + e.unit().code() + "): ";
            if (e.parentCode() != null && !codes.contains(e.parentCode())) {
                problems.add(at + "unknown parent_code " + e.parentCode());
            }
            if (e.unit().code().equals(e.parentCode())) {
                problems.add(at + "a unit cannot be its own parent");
            }
            for (String successor : e.successorCodes()) {
                if (!codes.contains(successor)) {
                    problems.add(at + "unknown successor code " + successor);
                }
            }
            if (!e.successorCodes().isEmpty() && e.validTo() == null) {
                problems.add(at + "a unit with successors needs valid_to");
            }
        }
    }

    private static LocalDate date(String cell, String what, List<String> problems) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            problems.add(what + " '" + cell + "' is not yyyy-MM-dd");
            return null;
        }
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
