package vn.cchc.directory;

import vn.cchc.vietnamese.VietnameseFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The normalised form under which names are compared and searched.
 *
 * <p>Documents write one name many ways: precomposed or decomposed Unicode (text extraction from PDF
 * gives both), "ủy"/"uỷ" (two placements of the tone mark), with or without diacritics, "&", "-" or "và"
 * between words, abbreviations (UBND, TT&TT, KH&ĐT…) and left-over markup such as {@code <b>}.
 * The key folds all of that away: diacritics stripped (which also unifies tone placement), đ → d,
 * lower case, known abbreviations expanded, joiners ("&", "-", "và") and punctuation dropped, spaces collapsed.
 * So "Sở TT&TT", "Sở Thông tin - Truyền thông" and "So Thong tin va Truyen thong" share one key.
 */
public final class SearchKey {

    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][^<>]{0,20}>");

    /** Abbreviations as written in documents (already folded), each expanded to the words it stands for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ubnd", "uy ban nhan dan"),
            Map.entry("hdnd", "hoi dong nhan dan"),
            Map.entry("vp", "van phong"),
            Map.entry("tt&tt", "thong tin truyen thong"),
            Map.entry("tttt", "thong tin truyen thong"),
            Map.entry("tt-tt", "thong tin truyen thong"),
            Map.entry("kh&dt", "ke hoach dau tu"),
            Map.entry("khdt", "ke hoach dau tu"),
            Map.entry("kh-dt", "ke hoach dau tu"),
            Map.entry("kh&cn", "khoa hoc cong nghe"),
            Map.entry("khcn", "khoa hoc cong nghe"),
            Map.entry("kh-cn", "khoa hoc cong nghe"),
            Map.entry("tn&mt", "tai nguyen moi truong"),
            Map.entry("tnmt", "tai nguyen moi truong"),
            Map.entry("tn-mt", "tai nguyen moi truong"),
            Map.entry("gd&dt", "giao duc dao tao"),
            Map.entry("gddt", "giao duc dao tao"),
            Map.entry("gd-dt", "giao duc dao tao"),
            Map.entry("ptth", "phat thanh truyen hinh"),
            Map.entry("pt-th", "phat thanh truyen hinh"),
            Map.entry("tw", "trung uong"),
            Map.entry("mttq", "mat tran to quoc"),
            Map.entry("bcd", "ban chi dao"),
            Map.entry("tgv", "to giup viec"),
            Map.entry("nn&ptnt", "nong nghiep phat trien nong thon"),
            Map.entry("nnptnt", "nong nghiep phat trien nong thon"),
            Map.entry("ptnt", "phat trien nong thon"),
            Map.entry("nn&mt", "nong nghiep moi truong"),
            Map.entry("nnmt", "nong nghiep moi truong"),
            Map.entry("ldtb&xh", "lao dong thuong binh xa hoi"),
            Map.entry("ld-tb&xh", "lao dong thuong binh xa hoi"),
            Map.entry("ldtbxh", "lao dong thuong binh xa hoi"),
            Map.entry("vhtt&dl", "van hoa the thao du lich"),
            Map.entry("vhttdl", "van hoa the thao du lich"),
            Map.entry("vh&tt", "van hoa the thao"),
            Map.entry("vhtt", "van hoa the thao"),
            Map.entry("dt&tg", "dan toc ton giao"),
            Map.entry("gtvt", "giao thong van tai"),
            Map.entry("dbqh", "dai bieu quoc hoi"),
            Map.entry("ubkt", "uy ban kiem tra"),
            Map.entry("ttdt", "thong tin dien tu"),
            Map.entry("ct-xh", "chinh tri xa hoi"),
            Map.entry("ctxh", "chinh tri xa hoi"),
            Map.entry("cchc", "cai cach hanh chinh"),
            Map.entry("vtlt", "van thu luu tru"),
            Map.entry("cchc&vtlt", "cai cach hanh chinh van thu luu tru"),
            Map.entry("tthc", "thu tuc hanh chinh"),
            Map.entry("pvhcc", "phuc vu hanh chinh cong"),
            Map.entry("ttpvhcc", "trung tam phuc vu hanh chinh cong"),
            Map.entry("tp", "thanh pho"),
            Map.entry("tx", "thi xa"),
            Map.entry("btv", "ban thuong vu"),
            Map.entry("vptu", "van phong tinh uy"),
            Map.entry("vpubnd", "van phong uy ban nhan dan"),
            Map.entry("lhpn", "lien hiep phu nu"),
            Map.entry("ldld", "lien doan lao dong"),
            Map.entry("ccb", "cuu chien binh"),
            Map.entry("xtdt", "xuc tien dau tu"),
            Map.entry("tm&dl", "thuong mai du lich"),
            Map.entry("khxh&nv", "khoa hoc xa hoi nhan van"),
            Map.entry("vh-xh", "van hoa xa hoi"),
            Map.entry("vp-tk", "van phong thong ke"));

    private SearchKey() {
    }

    /** A LIKE pattern finding this folded text anywhere in a key, its wildcards escaped (PostgreSQL's default \\). */
    public static String containing(String folded) {
        return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The key of a whole text: e.g. "Sở TT&TT" → "so thong tin truyen thong". Blank text gives "". */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String chunk : MARKUP.matcher(text).replaceAll(" ").split("[\\s,;.:()\\[\\]/\"“”‘’'!?…+*]+")) {
            words.addAll(words(chunk));
        }
        return String.join(" ", words);
    }

    /**
     * Folds one piece of text: markup removed, NFD then diacritics stripped (this unifies "uỷ"/"ủy"
     * whatever the Unicode form), đ → d, lower case. Punctuation and spacing are kept.
     */
    public static String fold(String text) {
        return VietnameseFolding.fold(MARKUP.matcher(text).replaceAll(" "));
    }

    /**
     * The key words of one whitespace-free token: "TT&TT" → [thong, tin, truyen, thong];
     * "tin-Truyền" → [tin, truyen]; "và" → []. A compound is looked up whole first so that
     * abbreviations written with "&" or "-" expand before the joiners are dropped.
     */
    static List<String> words(String token) {
        String folded = fold(token).strip();
        List<String> out = new ArrayList<>();
        if (folded.isEmpty()) {
            return out;
        }
        String expansion = ABBREVIATIONS.get(folded);
        if (expansion != null) {
            out.addAll(List.of(expansion.split(" ")));
            return out;
        }
        if (folded.indexOf('-') >= 0 || folded.indexOf('–') >= 0 || folded.indexOf('&') >= 0) {
            for (String part : folded.split("[-–&]+")) {
                if (!part.isEmpty()) {
                    out.addAll(words(part));
                }
            }
            return out;
        }
        String cleaned = folded.replaceAll("[^\\p{L}\\p{N}]+", "");
        if (!cleaned.isEmpty() && !isJoinerWord(cleaned)) {
            out.add(cleaned);
        }
        return out;
    }

    /** The words an abbreviation stands for, already folded ("cchc" → [cai, cach, hanh, chinh]), or none. */
    public static List<String> expansion(String foldedWord) {
        String words = ABBREVIATIONS.get(foldedWord);
        return words == null ? List.of() : List.of(words.split(" "));
    }

    /** "và" joins names and list items alike, so it never carries meaning in a key. */
    static boolean isJoinerWord(String foldedWord) {
        return foldedWord.equals("va");
    }
}
