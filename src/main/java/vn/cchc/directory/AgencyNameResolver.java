package vn.cchc.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves agency phrases from document cells against the directory.
 *
 * <p>How a phrase is read: it is cut into list items at the separators that never occur inside a
 * name (";", a "-" opening a line). Within an item, known names and group phrases are matched
 * greedily, longest first, across the weak separators ("," "và" "-" line breaks) that also occur
 * inside names ("Sở Văn hóa, Thể thao và Du lịch", "các huyện, thành, thị"). Text left between
 * matches is tried as a damaged name (same words in another order, e.g. two table cells joined),
 * then split at weak separators; what is still unknown is returned verbatim as
 * {@link ResolvedAgency#unresolved(String)}, never dropped.
 *
 * <p>Names are names: a phrase naming a unit that was not valid on the date still resolves to that
 * unit ("Sở Thông tin và Truyền thông" in 2025 is the former department; its successors are in the
 * directory). The date only chooses between units sharing a name and decides group members.
 */
public class AgencyNameResolver implements AgencyResolver {

    /** Titles and fillers that may precede a name ("Giám đốc các Sở", "qua Sở Nội vụ"); they belong to the match's text. */
    private static final Set<String> LEADING_FILLERS = Set.of(
            "cac", "giam", "doc", "thu", "truong", "chu", "tich", "chanh", "qua", "giao", "lanh", "dao", "pho");

    private final UnitCatalogue catalogue;
    private volatile Snapshot snapshot;

    private record Snapshot(long version, AgencyNameIndex index, List<DirectoryEntry> entries) {
    }

    /** A stretch of tokens [from, to) and what it names (null target = not matched). */
    private record Piece(int from, int to, AgencyNameTarget target) {
    }

    public AgencyNameResolver(UnitCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue);
    }

    @Override
    public List<ResolvedAgency> resolve(String phrase, LocalDate onDate) {
        Objects.requireNonNull(onDate, "onDate");
        if (phrase == null || phrase.isBlank()) {
            return List.of();
        }
        Snapshot current = current();
        List<AgencyPhraseToken> tokens = AgencyPhraseTokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return List.of(ResolvedAgency.unresolved(phrase.strip()));
        }
        List<Piece> pieces = new ArrayList<>();
        int itemStart = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).breakBefore() == AgencyPhraseToken.Break.STRONG) {
                pieces.addAll(readItem(phrase, tokens, itemStart, i, current.index(), onDate));
                itemStart = i;
            }
        }
        return toResults(phrase, tokens, joinGroups(pieces, onDate), onDate, current.entries());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long version = catalogue.version();
        if (s == null || s.version() != version) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.version() != version) {
                    List<DirectoryEntry> entries = List.copyOf(catalogue.all());
                    s = new Snapshot(version, AgencyNameIndex.build(entries), entries);
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /** One list item: greedy matches, fillers folded into the next match, the rest repaired or split. */
    private List<Piece> readItem(String phrase, List<AgencyPhraseToken> tokens, int from, int to, AgencyNameIndex index, LocalDate day) {
        List<Piece> matched = new ArrayList<>();
        int gapStart = from;
        int i = from;
        while (i < to) {
            Optional<Piece> match = longestMatch(tokens, i, to, index, day);
            if (match.isEmpty()) {
                i++;
                continue;
            }
            Piece m = match.get();
            int start = m.from();
            if (gapStart < start && allFillers(tokens, gapStart, start)) {
                start = gapStart;
            } else if (gapStart < start) {
                matched.addAll(readGap(phrase, tokens, gapStart, start, index, day));
            }
            matched.add(new Piece(start, m.to(), m.target()));
            i = m.to();
            gapStart = i;
        }
        if (gapStart < to) {
            matched.addAll(readGap(phrase, tokens, gapStart, to, index, day));
        }
        return matched;
    }

    private Optional<Piece> longestMatch(List<AgencyPhraseToken> tokens, int from, int to, AgencyNameIndex index, LocalDate day) {
        StringBuilder key = new StringBuilder();
        int words = 0;
        Piece best = null;
        for (int j = from; j < to; j++) {
            for (String w : tokens.get(j).words()) {
                key.append(key.isEmpty() ? "" : " ").append(w);
                words++;
            }
            if (words > index.maxWords()) {
                break;
            }
            Optional<AgencyNameTarget> target = index.lookup(key.toString(), day);
            if (target.isPresent()) {
                best = new Piece(from, j + 1, target.get());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Unmatched text: first as one damaged name, then split at weak separators, each part tried again.
     * A part that does not open with an agency's head word continues the name before it: the comma of
     * "Phòng Công chức, viên chức" or "Văn hóa, Thể thao và Du lịch" is inside a name the directory does
     * not know, while "Sở A, Sở B" names two.
     */
    private List<Piece> readGap(String phrase, List<AgencyPhraseToken> tokens, int from, int to, AgencyNameIndex index, LocalDate day) {
        Optional<AgencyNameTarget> whole = index.fuzzy(wordsOf(tokens, from, to), day);
        if (whole.isPresent()) {
            return List.of(new Piece(from, to, whole.get()));
        }
        List<Piece> parts = new ArrayList<>();
        int partStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || tokens.get(i).breakBefore() != AgencyPhraseToken.Break.NONE
                    && AgencyHeadWords.opens(phrase.substring(tokens.get(i).start()))) {
                AgencyNameTarget target = index.fuzzy(wordsOf(tokens, partStart, i), day).orElse(null);
                parts.add(new Piece(partStart, i, target));
                partStart = i;
            }
        }
        return parts;
    }

    /**
     * Adjacent groups that together name one collective become one item: "Các sở, ban, ngành; UBND các
     * huyện, thành, thị" is the departments-and-districts set however the two halves were separated,
     * and "Giám đốc các Sở, Thủ trưởng các ban, ngành" is the departments once.
     */
    private static List<Piece> joinGroups(List<Piece> pieces, LocalDate day) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            if (!out.isEmpty()) {
                Piece last = out.get(out.size() - 1);
                AgencyGroup joined = joined(groupOf(last, day), groupOf(p, day));
                if (joined != null) {
                    out.set(out.size() - 1, new Piece(last.from(), p.to(), AgencyNameTarget.group(joined)));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static AgencyGroup groupOf(Piece p, LocalDate day) {
        return p.target() != null && p.target().isGroup() ? p.target().groupOn(day) : null;
    }

    private static AgencyGroup joined(AgencyGroup a, AgencyGroup b) {
        if (a == null || b == null || a.concerned() || b.concerned()) {
            return null;
        }
        if (a == b) {
            return a;
        }
        Set<UnitKind> union = EnumSet.noneOf(UnitKind.class);
        union.addAll(a.kinds());
        union.addAll(b.kinds());
        for (AgencyGroup combined : List.of(AgencyGroup.DEPARTMENTS_AND_DISTRICTS, AgencyGroup.DEPARTMENTS_AND_COMMUNES)) {
            if (combined.kinds().equals(union)) {
                return combined;
            }
        }
        return null;
    }

    private static List<ResolvedAgency> toResults(String phrase, List<AgencyPhraseToken> tokens, List<Piece> pieces,
                                                  LocalDate day, List<DirectoryEntry> entries) {
        List<ResolvedAgency> out = new ArrayList<>();
        for (Piece p : pieces) {
            String text = phrase.substring(tokens.get(p.from()).start(), tokens.get(p.to() - 1).end());
            AgencyNameTarget t = p.target();
            if (t == null || (!t.isUnit() && !t.isGroup())) {
                out.add(ResolvedAgency.unresolved(text));
            } else if (t.isUnit()) {
                out.add(new ResolvedAgency(text, t.entry().unit(), null, List.of()));
            } else {
                AgencyGroup group = t.groupOn(day);
                out.add(new ResolvedAgency(text, null, group, members(group, day, entries)));
            }
        }
        return out;
    }

    /** Units of the group's kinds valid on the day; a "concerned" group has none until an officer picks. */
    static List<UnitRef> members(AgencyGroup group, LocalDate day, List<DirectoryEntry> entries) {
        if (group.concerned()) {
            return List.of();
        }
        return entries.stream()
                .filter(e -> group.kinds().contains(e.unit().kind()) && e.validOn(day))
                .map(DirectoryEntry::unit)
                .toList();
    }

    private static boolean allFillers(List<AgencyPhraseToken> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!LEADING_FILLERS.containsAll(tokens.get(i).words())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> wordsOf(List<AgencyPhraseToken> tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.addAll(tokens.get(i).words());
        }
        return words;
    }
}
