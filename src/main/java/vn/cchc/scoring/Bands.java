package vn.cchc.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Bands of a round and group: "90:Xuất sắc;80:Tốt;70:Khá;50:Trung bình;0:Yếu" (an index at or above the number). */
final class Bands {

    /** A band: an index at or above {@code from} (and below the next band up) gets {@code name}. */
    public record Band(BigDecimal from, String name) {
    }

    /**
     * The bands of a round and group as a value, highest first, with the readable label shown on the pages:
     * "Xuất sắc ≥ 90; Tốt 80–<90; Khá 70–<80; Trung bình 50–<70; Yếu < 50".
     */
    public record Scale(List<Band> bands) {

        public Scale {
            bands = List.copyOf(bands);
        }

        static Scale of(String text) {
            return new Scale(parse(text));
        }

        /** Each band with its range: the top one "≥ from", the others "from–<upper", a floor of 0 "< upper". */
        public List<String> ranges() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                Band b = bands.get(i);
                String from = Points.plain(b.from());
                if (i == 0) {
                    out.add(bands.size() == 1 && b.from().signum() == 0 ? b.name() : b.name() + " ≥ " + from);
                } else {
                    String upper = Points.plain(bands.get(i - 1).from());
                    out.add(b.from().signum() == 0 ? b.name() + " < " + upper : b.name() + " " + from + "–<" + upper);
                }
            }
            return out;
        }

        public String label() {
            return String.join("; ", ranges());
        }

        public String bandOf(BigDecimal index) {
            return Bands.bandOf(bands, index);
        }
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
