package vn.cchc.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Bands of a round and group: "90:Xuất sắc;80:Tốt;70:Khá;50:Trung bình;0:Yếu" (an index at or above the number). */
final class Bands {

    record Band(BigDecimal from, String name) {
    }

    private Bands() {
    }

    static List<Band> parse(String text) {
        List<Band> list = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new ScoringException("scoring.bands.invalid", "");
        }
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.indexOf(':');
            if (colon <= 0 || part.substring(colon + 1).isBlank()) {
                throw new ScoringException("scoring.bands.invalid", text);
            }
            BigDecimal from;
            try {
                from = new BigDecimal(part.substring(0, colon).trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new ScoringException("scoring.bands.invalid", text);
            }
            list.add(new Band(from, part.substring(colon + 1).trim()));
        }
        list.sort((a, b) -> b.from().compareTo(a.from()));
        if (list.isEmpty() || list.get(list.size() - 1).from().signum() > 0) {
            throw new ScoringException("scoring.bands.noFloor", text);
        }
        return list;
    }

    static String bandOf(List<Band> bands, BigDecimal index) {
        if (index == null) {
            return null;
        }
        for (Band b : bands) {
            if (index.compareTo(b.from()) >= 0) {
                return b.name();
            }
        }
        return bands.isEmpty() ? null : bands.get(bands.size() - 1).name();
    }
}
