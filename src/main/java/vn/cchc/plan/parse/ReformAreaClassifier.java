package vn.cchc.plan.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Infers a task's reform area from the heading it sits under and, when that names several, from its content. */
final class ReformAreaClassifier {

    private static final Map<ReformArea, List<String>> KEYWORDS = new EnumMap<>(ReformArea.class);

    static {
        KEYWORDS.put(ReformArea.INSTITUTIONS, List.of("the che", "quy pham phap luat", "qppl", "thi hanh phap luat"));
        KEYWORDS.put(ReformArea.PROCEDURES, List.of("thu tuc hanh chinh", "tthc", "mot cua", "phan anh, kien nghi"));
        KEYWORDS.put(ReformArea.APPARATUS, List.of("to chuc bo may", "bo may", "sap xep", "sap nhap", "don vi su nghiep",
                "phan cap", "dia gioi hanh chinh", "don vi hanh chinh"));
        KEYWORDS.put(ReformArea.CIVIL_SERVICE, List.of("che do cong vu", "cong vu", "cong chuc", "vi tri viec lam",
                "tien luong", "tinh gian bien che", "boi duong", "ky cuong"));
        KEYWORDS.put(ReformArea.PUBLIC_FINANCE, List.of("tai chinh cong", "ngan sach", "tai san cong", "co che tu chu"));
        KEYWORDS.put(ReformArea.DIGITAL_GOVERNMENT, List.of("chuyen doi so", "chuyen so", "chinh quyen dien tu",
                "chinh quyen so", "cong nghe thong tin", "cntt", "phan mem", "du lieu", "so hoa", "truc tuyen",
                "dien tu", "ky so", "do thi thong minh"));
        KEYWORDS.put(ReformArea.LEADERSHIP, List.of("lanh dao", "chi dao", "dieu hanh"));
        KEYWORDS.put(ReformArea.PROPAGANDA, List.of("tuyen truyen", "thong tin, tuyen truyen", "bao chi"));
        KEYWORDS.put(ReformArea.INSPECTION, List.of("kiem tra", "giam sat", "thanh tra"));
    }

    private ReformAreaClassifier() {
    }

    /** The areas a heading names, in the order it names them. */
    static List<ReformArea> areasOfHeading(String heading) {
        String folded = VietnameseText.fold(heading);
        record Hit(ReformArea area, int at) {
        }
        List<Hit> hits = new ArrayList<>();
        KEYWORDS.forEach((area, words) -> words.stream().mapToInt(folded::indexOf).filter(i -> i >= 0).min()
                .ifPresent(at -> hits.add(new Hit(area, at))));
        // "cải cách hành chính" names the programme, not an area: only the words after "cải cách" decide.
        return hits.stream().sorted(Comparator.comparingInt(Hit::at)).map(Hit::area).toList();
    }

    static ReformArea classify(List<ReformArea> headingAreas, String content) {
        if (headingAreas.size() == 1) {
            return headingAreas.get(0);
        }
        List<ReformArea> candidates = headingAreas.isEmpty() ? List.of(ReformArea.values()) : headingAreas;
        String folded = VietnameseText.fold(content);
        ReformArea best = headingAreas.isEmpty() ? ReformArea.OTHER : headingAreas.get(0);
        int bestScore = 0;
        for (ReformArea area : candidates) {
            int score = 0;
            for (String word : KEYWORDS.getOrDefault(area, List.of())) {
                int from = 0;
                while ((from = folded.indexOf(word, from)) >= 0) {
                    score++;
                    from += word.length();
                }
            }
            if (score > bestScore) {
                best = area;
                bestScore = score;
            }
        }
        return best;
    }
}
