package vn.cchc.scoring;

import vn.cchc.vietnamese.Vietnamese;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Short names of the areas of a criteria set, for narrow places (result columns, radar axes): the area node's
 * name without the words every area shares ("Cải cách", "Công tác", "Xây dựng và …") and with the usual
 * abbreviations (CCHC, TTHC, CBCCVC). The full name stays in a title attribute.
 */
final class AreaNames {

    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("cán bộ, công chức, viên chức", "CBCCVC");
        ABBREVIATIONS.put("cán bộ, công chức", "CBCC");
        ABBREVIATIONS.put("cải cách hành chính", "CCHC");
        ABBREVIATIONS.put("thủ tục hành chính", "TTHC");
        ABBREVIATIONS.put("chính quyền điện tử, chính quyền số", "chính quyền số");
    }

    private static final String[] PREFIXES = {"Công tác ", "Cải cách ", "Xây dựng và nâng cao chất lượng ",
            "Xây dựng và phát triển ", "Xây dựng và "};

    private AreaNames() {
    }

    static String shortName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.trim();
        for (String p : PREFIXES) {
            if (s.startsWith(p) && s.length() > p.length()) {
                s = s.substring(p.length());
                break;
            }
        }
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        if (s.startsWith("Tác động của CCHC")) {
            s = "Tác động của CCHC";
        }
        return s.substring(0, 1).toUpperCase(Vietnamese.LOCALE) + s.substring(1);
    }
}
