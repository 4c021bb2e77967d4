package vn.cchc.plan.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A basis the plan exists to carry out is what it implements. Decisions say so indirectly: "Căn cứ Quyết định
 * số 749/QĐ-TTg … phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030" above
 * a plan titled "… chuyển đổi số … đến năm 2025, định hướng đến năm 2030". A basis is upgraded to
 * {@link ReferenceRelation#IMPLEMENTS} when most of the words of what it approves or issues are in the plan's
 * subject (its title, its "Điều 1", its "… ban hành Kế hoạch …" sentence); and a plan that deploys
 * ("triển khai", "thực hiện") and names exactly one basis and nothing it implements implements that basis.
 */
final class ImplementedDocuments {

    private static final double SHARED_WORDS = 0.75;
    private static final Pattern APPROVES = Pattern.compile("(?:phê duyệt|ban hành)\\s+(.+)", Pattern.CASE_INSENSITIVE);
    /** Words every title has: they say nothing about which programme a plan carries out. */
    private static final Set<String> COMMON = Set.of("cua", "cac", "va", "ve", "viec", "tren", "dia", "ban", "den", "nam",
            "tai", "cho", "voi", "theo", "thuc", "hien", "khai", "hanh", "phe", "duyet", "chuong", "trinh", "de", "an",
            "ke", "hoach", "chien", "luoc", "tinh", "trong", "nhung", "mot", "la");

    private final Set<String> subject = new HashSet<>();
    private final String subjectText;
    private final List<String> lines;

    ImplementedDocuments(String title, List<String> logicalLines) {
        this.lines = logicalLines;
        StringBuilder text = new StringBuilder(title == null ? "" : title);
        boolean preamble = true;
        for (String line : logicalLines) {
            String folded = VietnameseText.fold(line);
            preamble &= !folded.matches("^[ivx]{1,5}[.\\-]?\\s.*");
            boolean plansSentence = preamble && folded.matches(".*\\b(ban hanh|xay dung) ke hoach\\b.*") && !folded.startsWith("can cu");
            if (folded.startsWith("dieu 1") || plansSentence) {
                text.append(' ').append(line);
            }
        }
        this.subjectText = VietnameseText.fold(text.toString());
        subject.addAll(words(subjectText));
    }

    List<DocumentReference> rank(List<DocumentReference> references) {
        List<DocumentReference> ranked = new ArrayList<>();
        for (DocumentReference r : references) {
            boolean upgrade = r.relation() == ReferenceRelation.BASIS && coversSubject(r.number());
            ranked.add(upgrade ? new DocumentReference(r.number(), r.date(), ReferenceRelation.IMPLEMENTS) : r);
        }
        List<DocumentReference> bases = ranked.stream().filter(r -> r.relation() == ReferenceRelation.BASIS).toList();
        boolean implementsAny = ranked.stream().anyMatch(r -> r.relation() == ReferenceRelation.IMPLEMENTS);
        if (!implementsAny && bases.size() == 1 && subjectText.matches(".*\\b(trien khai|thuc hien)\\b.*")) {
            DocumentReference only = bases.get(0);
            ranked.set(ranked.indexOf(only), new DocumentReference(only.number(), only.date(), ReferenceRelation.IMPLEMENTS));
        }
        return ranked;
    }

    /** What the basis approves or issues, from its own "Căn cứ" clause, shares most of its words with the subject. */
    private boolean coversSubject(String number) {
        for (String line : lines) {
            int at = DocumentNumbers.normalize(line).indexOf(number);
            if (at < 0 || !VietnameseText.fold(line).startsWith("can cu") && !ReferenceReader.TYPE_FIRST.matcher(line).find()) {
                continue;
            }
            Matcher m = ReferenceReader.DOCUMENT_NUMBER.matcher(line);
            while (m.find()) {
                if (!DocumentNumbers.normalize(m.group(1)).equals(number)) {
                    continue;
                }
                String clause = line.substring(m.end()).split(";")[0];
                Matcher approves = APPROVES.matcher(clause);
                if (approves.find()) {
                    Set<String> approved = words(VietnameseText.fold(approves.group(1).split("\\(")[0]));
                    if (approved.size() >= 3) {
                        long shared = approved.stream().filter(subject::contains).count();
                        return (double) shared / approved.size() >= SHARED_WORDS;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static Set<String> words(String folded) {
        Set<String> words = new HashSet<>();
        for (String w : folded.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && !COMMON.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
