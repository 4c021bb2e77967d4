package vn.cchc.dossier;

import vn.cchc.vietnamese.VietnameseFolding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state a dossier is in, as the one-stop-shop software reports it: stored as the code (RECEIVED, …), written in a
 * file either as that code or as the Vietnamese words an officer uses ("Đã trả kết quả", "dang xu ly"), in any case
 * and with or without diacritics.
 */
enum DossierStatus {
    RECEIVED("Mới tiếp nhận", "Đã tiếp nhận", "Tiếp nhận"),
    PROCESSING("Đang xử lý", "Đang giải quyết"),
    SUPPLEMENT("Yêu cầu bổ sung", "Chờ bổ sung", "Bổ sung hồ sơ"),
    FINISHED("Đã xử lý xong", "Đã giải quyết", "Hoàn thành", "Đã có kết quả"),
    RETURNED("Đã trả kết quả", "Trả kết quả"),
    REFUSED("Từ chối", "Không giải quyết", "Từ chối giải quyết"),
    STOPPED("Dừng xử lý", "Tạm dừng", "Dừng giải quyết"),
    WITHDRAWN("Rút hồ sơ", "Công dân rút hồ sơ", "Đã rút");

    final List<String> labels;

    DossierStatus(String... labels) {
        this.labels = List.of(labels);
    }

    private static final Map<String, DossierStatus> BY_WORDS = new HashMap<>();

    static {
        for (DossierStatus s : values()) {
            BY_WORDS.put(VietnameseFolding.foldSpaced(s.name()), s);
            s.labels.forEach(l -> BY_WORDS.put(VietnameseFolding.foldSpaced(l), s));
        }
    }

    /** The status a cell names by code or by label; null when it names none. */
    static DossierStatus of(String cell) {
        return BY_WORDS.get(VietnameseFolding.foldSpaced(cell));
    }

    /** "Mới tiếp nhận, Đã tiếp nhận, Tiếp nhận (RECEIVED); …": what a row error lists and the upload page shows. */
    static String accepted() {
        return String.join("; ", Arrays.stream(values()).map(s -> String.join(", ", s.labels) + " (" + s.name() + ")").toList());
    }
}
