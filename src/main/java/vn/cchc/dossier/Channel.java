package vn.cchc.dossier;

import vn.cchc.vietnamese.VietnameseFolding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a dossier was submitted: stored as its number (1, 2, 3, as the national portal exports it), written in a file
 * either as that number or as the words an officer uses, in any case and with or without diacritics.
 */
enum Channel {
    DIRECT(1, "Trực tiếp", "Nộp trực tiếp", "Tại bộ phận một cửa"),
    ONLINE(2, "Trực tuyến", "Nộp trực tuyến", "Dịch vụ công trực tuyến", "Qua mạng"),
    POSTAL(3, "Bưu chính", "Bưu chính công ích", "Qua bưu điện", "Bưu điện");

    final int number;
    final List<String> labels;

    Channel(int number, String... labels) {
        this.number = number;
        this.labels = List.of(labels);
    }

    private static final Map<String, Channel> BY_WORDS = new HashMap<>();

    static {
        for (Channel c : values()) {
            BY_WORDS.put(String.valueOf(c.number), c);
            c.labels.forEach(l -> BY_WORDS.put(VietnameseFolding.foldSpaced(l), c));
        }
    }

    /** The channel a cell names by number or by label; null when it names none. */
    static Channel of(String cell) {
        return BY_WORDS.get(VietnameseFolding.foldSpaced(cell));
    }

    /** "1 (Trực tiếp, Nộp trực tiếp, …); 2 (…)": what a row error lists and the upload page shows. */
    static String accepted() {
        return String.join("; ", Arrays.stream(values()).map(c -> c.number + " (" + String.join(", ", c.labels) + ")").toList());
    }
}
