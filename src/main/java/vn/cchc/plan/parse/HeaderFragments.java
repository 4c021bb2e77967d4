package vn.cchc.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document's lines cut where a web page or a two-column header put separate cells on one line: at pipes
 * ("Số: 468/QĐ-UBND | Đắk Nông, ngày …"), tabs and runs of three or more spaces. Each fragment is cleaned
 * (NFC, single spaces, markdown marks removed); empty fragments are dropped. A fragment remembers nothing
 * of its line, so a header read from these reads the same from a page, a .docx or a PDF.
 */
final class HeaderFragments {

    private static final Pattern CELL_BREAK = Pattern.compile("\\s*\\|\\s*|\\t|\\s{3,}");
    private static final Pattern RULE = Pattern.compile("^[-_=.…* ]+$");

    private HeaderFragments() {
    }

    static List<String> of(List<String> lines) {
        List<String> fragments = new ArrayList<>();
        for (String line : lines) {
            for (String part : CELL_BREAK.split(line)) {
                String clean = VietnameseText.clean(part).replaceAll("^#+\\s*", "");
                if (!clean.isEmpty() && !RULE.matcher(clean).matches()) {
                    fragments.add(clean);
                }
            }
        }
        return fragments;
    }

    /** The lines with web-page cell pipes turned into line breaks, for the prose readers. */
    static List<String> cells(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.addAll(List.of(line.split("\\s*\\|\\s*", -1)));
        }
        return out;
    }

    /** Upper-case words only (a header line such as "TỈNH BÀ RỊA - VŨNG TÀU"), no digits or sentence marks. */
    static boolean isUpperWords(String fragment) {
        return fragment.matches("[\\p{Lu}][\\p{Lu}\\s,’'–-]*") && fragment.chars().filter(Character::isLetter).count() >= 2;
    }

    /** Upper case as a title is printed: letters in upper case, digits and punctuation allowed. */
    static boolean isUpperText(String fragment) {
        return fragment.equals(fragment.toUpperCase()) && fragment.chars().anyMatch(Character::isLetter);
    }
}
