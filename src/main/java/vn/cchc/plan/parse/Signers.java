package vn.cchc.plan.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The signer of a document: the first Vietnamese full name under the signing title. */
final class Signers {

    private static final Pattern SIGNER_TITLE = Pattern.compile("GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|TRƯỞNG BAN|CHÁNH VĂN PHÒNG");
    private static final Set<String> SURNAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thái", "Đinh", "Trương", "Đào", "Cao", "Lương", "Mai", "Tạ",
            "Chu", "Hà", "Đoàn", "Lâm", "Trịnh", "Phùng", "Tô", "Kiều", "Lưu", "Văn", "Quách", "Đậu", "Tăng", "Chế");

    private Signers() {
    }

    /** The person's name under the signing title: the first line after it that reads as a Vietnamese full name. */
    static String signer(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = VietnameseText.clean(lines.get(i)).replaceFirst("^Nơi nhận:\\s*", "");
            if (line.isEmpty() || !line.equals(line.toUpperCase()) || !SIGNER_TITLE.matcher(line).find()) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j < i + 25; j++) {
                String candidate = VietnameseText.clean(lines.get(j));
                if (isPersonName(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    static boolean isPersonName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 5 || !SURNAMES.contains(words[0])) {
            return false;
        }
        for (String word : words) {
            if (!word.matches("\\p{Lu}\\p{Ll}+")) {
                return false;
            }
        }
        return true;
    }
}
