package vn.cchc.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words an agency's name (or a title standing for its head) opens with: "Sở", "Phòng", "UBND",
 * "Chi cục", "Giám đốc"… One list for every reader of agency phrases: the resolver uses it to tell a
 * comma inside one name ("Phòng Công chức, viên chức") from a comma between two ("Sở Nội vụ, Sở Tài
 * chính"), the plan reader to find where an agency starts in a sentence.
 */
public final class AgencyHeadWords {

    /** As documents write them; "Các" opens a group ("các sở, ngành"). */
    private static final List<String> WORDS = List.of(
            "Sở", "Văn phòng", "UBND", "Ủy ban", "Uỷ ban", "Ban", "Công an", "Thanh tra", "Trung tâm", "Các", "các",
            "Báo", "Đài", "Bộ", "Cục", "Chi cục", "Phòng", "Hội", "Liên đoàn", "Đoàn", "Tỉnh đoàn", "Mặt trận",
            "Kho bạc", "Ngân hàng", "Bảo hiểm", "Viễn thông", "Bưu điện", "Hội đồng", "Trường", "Viện", "Bệnh viện",
            "Chủ tịch", "Giám đốc", "Thủ trưởng");

    /** As written, whole words, any case: folding would confuse "Viện" with "viên", "Trường" with "trưởng". */
    private static final Pattern OPENING = Pattern.compile("^" + pattern() + "(?![\\p{L}\\p{M}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** For text typed without diacritics, where nothing better than the folded form is known. */
    private static final Pattern FOLDED_OPENING = Pattern.compile("^(?:" + String.join("|",
            WORDS.stream().map(SearchKey::fold).distinct().toList()) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);

    private AgencyHeadWords() {
    }

    /** A regular-expression group matching any head word as written, e.g. to look ahead for the next agency. */
    public static String pattern() {
        return "(?:" + String.join("|", WORDS) + ")";
    }

    /** Whether this text (from a word's start to the phrase's end) opens with a head word. */
    static boolean opens(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (OPENING.matcher(nfc).find()) {
            return true;
        }
        String firstWord = nfc.split("[\\s,;]+", 2)[0];
        return SearchKey.fold(firstWord).equalsIgnoreCase(firstWord) && FOLDED_OPENING.matcher(nfc).find();
    }
}
