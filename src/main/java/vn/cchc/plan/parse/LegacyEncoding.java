package vn.cchc.plan.parse;

import java.util.Optional;

/**
 * Vietnamese text typed in the pre-Unicode encodings (TCVN3 / ABC with .Vn fonts, VNI with VNI-Times) reads as
 * Latin-1 letters and symbols: "Céng hoµ x· héi" (TCVN3), "Coäng hoøa xaõ hoäi" (VNI). Unicode Vietnamese always
 * has letters of its own (ư, ơ, đ, ă, ạ, ế …); legacy text has none of them but many Latin-1 characters. The two
 * legacy encodings differ in where the tone marks went: TCVN3 puts Vietnamese letters on Latin-1 symbols
 * (µ ¸ ¶ · ¹ ® ¬ …), VNI writes them as a letter followed by a Latin-1 letter (ø ù û õ ï ä …).
 */
final class LegacyEncoding {

    private static final int MIN_LETTERS = 40;

    private LegacyEncoding() {
    }

    /** The legacy encoding's name when the text is written in one, else empty. */
    static Optional<String> of(String text) {
        long letters = 0;
        long vietnamese = 0;
        long latinHigh = 0;
        long symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
                    || c >= '\u1EA0' && c <= '\u1EF9' || c >= '\u0300' && c <= '\u0323') {
                vietnamese++;
            }
            if (c >= '\u00A1' && c <= '\u00FF') {
                latinHigh++;
                if (c <= '\u00BF') {
                    symbols++;
                }
            }
        }
        if (letters < MIN_LETTERS || vietnamese > 0 || latinHigh * 100 < letters * 3) {
            return Optional.empty();
        }
        return Optional.of(symbols * 4 >= latinHigh ? "TCVN3 (ABC)" : "VNI");
    }

    static PlanParseException refusal(String encoding) {
        return new PlanParseException(PlanParseException.Reason.UNSUPPORTED_FORMAT, "Tệp dùng bảng mã cũ " + encoding
                + ", không phải Unicode: hãy chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi tải lên lại.");
    }
}
