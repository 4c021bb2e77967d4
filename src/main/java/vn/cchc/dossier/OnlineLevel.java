package vn.cchc.dossier;

import vn.cchc.vietnamese.VietnameseFolding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far a procedure can be done online, as the national portal classes it: stored as the code, written in the
 * catalogue's Excel file as the code or as the words the portal and officers use, folded; the first label is shown.
 */
enum OnlineLevel {
    FULL("Toàn trình", "Trực tuyến toàn trình", "Dịch vụ công trực tuyến toàn trình", "Mức độ 4"),
    PARTIAL("Một phần", "Trực tuyến một phần", "Dịch vụ công trực tuyến một phần", "Mức độ 3"),
    NONE("Không trực tuyến", "Không", "Chưa trực tuyến", "Cung cấp thông tin trực tuyến", "Mức độ 2");

    final List<String> labels;

    OnlineLevel(String... labels) {
        this.labels = List.of(labels);
    }

    private static final Map<String, OnlineLevel> BY_WORDS = new HashMap<>();

    static {
        for (OnlineLevel l : values()) {
            BY_WORDS.put(VietnameseFolding.foldSpaced(l.name()), l);
            l.labels.forEach(w -> BY_WORDS.put(VietnameseFolding.foldSpaced(w), l));
        }
    }

    /** The level a cell names by code or by label; null when it names none. */
    static OnlineLevel of(String cell) {
        return cell == null ? null : BY_WORDS.get(VietnameseFolding.foldSpaced(cell));
    }

    public String label() {
        return labels.get(0);
    }

    /** "Toàn trình, Trực tuyến toàn trình, … (FULL); …": what a row error lists and the template's guide shows. */
    static String accepted() {
        return String.join("; ", Arrays.stream(values()).map(l -> String.join(", ", l.labels) + " (" + l.name() + ")").toList());
    }
}
