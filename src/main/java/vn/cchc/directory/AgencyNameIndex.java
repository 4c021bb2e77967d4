package vn.cchc.directory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every way a unit or group is written, by search key. Built once per catalogue version.
 *
 * <p>Province-level bodies are written with and without "tỉnh", "của tỉnh", "cấp tỉnh", "Nghệ An"
 * ("Đài Phát thanh - Truyền hình tỉnh" for "… Nghệ An"), so each of their names is also indexed
 * with those endings swapped; a name is never indexed with its ending dropped ("Công an" alone
 * must not be Công an tỉnh). Communes and districts are also indexed after "UBND".
 */
final class AgencyNameIndex {

    private static final List<String> PROVINCE_ENDINGS = List.of("tinh nghe an", "nghe an", "cua tinh", "cap tinh", "tinh");
    private static final Set<UnitKind> LOCAL_KINDS = Set.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.FORMER_DISTRICT);
    /** Word-set similarity a damaged name must reach; high so that only reordered or joined cells pass. */
    private static final double FUZZY_THRESHOLD = 0.85;
    private static final int FUZZY_MIN_WORDS = 3;

    private final Map<String, List<AgencyNameTarget>> byKey = new HashMap<>();
    private final List<FuzzyName> fuzzyNames = new ArrayList<>();
    private int maxWords;

    private record FuzzyName(Set<String> words, AgencyNameTarget target) {
    }

    static AgencyNameIndex build(List<DirectoryEntry> entries) {
        AgencyNameIndex index = new AgencyNameIndex();
        for (DirectoryEntry entry : entries) {
            index.addUnit(entry);
        }
        AgencyGroupPhrases.all().forEach(index::add);
        return index;
    }

    int maxWords() {
        return maxWords;
    }

    /** The target a key names on a date, preferring a unit valid then (e.g. "Cửa Lò": the town until 2024, the ward from 2025). */
    Optional<AgencyNameTarget> lookup(String key, LocalDate day) {
        List<AgencyNameTarget> targets = byKey.get(key);
        if (targets == null) {
            return Optional.empty();
        }
        return targets.stream().min(Comparator.comparingLong(t -> distance(t, day)));
    }

    /** The unit whose name has (nearly) the same set of words, tolerating word order damaged by cell splits. */
    Optional<AgencyNameTarget> fuzzy(List<String> words, LocalDate day) {
        if (words.size() < FUZZY_MIN_WORDS) {
            return Optional.empty();
        }
        Set<String> query = new HashSet<>(words);
        double best = 0;
        List<AgencyNameTarget> bestTargets = new ArrayList<>();
        for (FuzzyName name : fuzzyNames) {
            double score = jaccard(query, name.words());
            if (score > best + 1e-9) {
                best = score;
                bestTargets.clear();
                bestTargets.add(name.target());
            } else if (Math.abs(score - best) < 1e-9) {
                bestTargets.add(name.target());
            }
        }
        if (best < FUZZY_THRESHOLD) {
            return Optional.empty();
        }
        Set<DirectoryEntry> distinct = new LinkedHashSet<>();
        bestTargets.forEach(t -> distinct.add(t.entry()));
        if (distinct.size() == 1) {
            return Optional.of(bestTargets.get(0));
        }
        // several units equally close: only a date can decide, otherwise refuse to guess
        List<AgencyNameTarget> valid = bestTargets.stream().filter(t -> t.entry().validOn(day)).toList();
        Set<DirectoryEntry> validDistinct = new LinkedHashSet<>();
        valid.forEach(t -> validDistinct.add(t.entry()));
        return validDistinct.size() == 1 ? Optional.of(valid.get(0)) : Optional.empty();
    }

    private void addUnit(DirectoryEntry entry) {
        AgencyNameTarget target = AgencyNameTarget.unit(entry);
        List<String> names = new ArrayList<>();
        names.add(entry.unit().name());
        names.add(entry.unit().shortName());
        names.addAll(entry.aliases());
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            String key = SearchKey.of(name);
            if (key.isEmpty()) {
                continue;
            }
            keys.add(key);
            if (LOCAL_KINDS.contains(entry.unit().kind())) {
                keys.add("uy ban nhan dan " + key);
            } else {
                keys.addAll(withProvinceEndings(key));
            }
        }
        for (String key : keys) {
            add(key, target);
            fuzzyNames.add(new FuzzyName(new HashSet<>(List.of(key.split(" "))), target));
        }
    }

    private static List<String> withProvinceEndings(String key) {
        String stem = key;
        for (String ending : PROVINCE_ENDINGS) {
            if (key.endsWith(" " + ending)) {
                stem = key.substring(0, key.length() - ending.length() - 1);
                break;
            }
        }
        String base = stem;
        return PROVINCE_ENDINGS.stream().map(e -> base + " " + e).toList();
    }

    private void add(String key, AgencyNameTarget target) {
        List<AgencyNameTarget> targets = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!targets.contains(target)) {
            targets.add(target);
        }
        maxWords = Math.max(maxWords, key.split(" ").length);
    }

    /** Days between a date and a unit's validity; 0 when valid, and for groups. */
    private static long distance(AgencyNameTarget target, LocalDate day) {
        if (!target.isUnit()) {
            return 0;
        }
        DirectoryEntry e = target.entry();
        if (e.validFrom() != null && day.isBefore(e.validFrom())) {
            return ChronoUnit.DAYS.between(day, e.validFrom());
        }
        if (e.validTo() != null && day.isAfter(e.validTo())) {
            return ChronoUnit.DAYS.between(e.validTo(), day);
        }
        return 0;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
