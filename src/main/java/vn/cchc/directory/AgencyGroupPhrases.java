package vn.cchc.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collective phrases documents use instead of naming units, as search keys (see {@link SearchKey}),
 * generated from the few ways each collective is written so that word order and the optional
 * "các", "UBND", "cấp tỉnh", "(có) liên quan" need not be listed by hand.
 *
 * <p>Combinations of departments and districts without "liên quan" are deliberately not listed:
 * the resolver finds the two groups and joins them ({@link AgencyGroup#DEPARTMENTS_AND_DISTRICTS}),
 * whichever separator stood between them.
 */
final class AgencyGroupPhrases {

    private static final List<String> DEPARTMENTS = List.of(
            "cac so ban nganh", "so ban nganh", "cac so nganh", "so nganh", "cac nganh so", "cac so",
            "cac ban nganh", "cac nganh", "cac co quan chuyen mon thuoc uy ban nhan dan tinh",
            "cac co quan chuyen mon cap tinh");
    private static final List<String> PROVINCE_SUFFIXES = List.of("", " cap tinh", " cua tinh", " tinh");
    private static final List<String> DISTRICT_BODIES = List.of(
            "huyen thanh pho thi xa", "huyen thanh thi", "huyen thi xa thanh pho", "huyen thanh", "huyen");
    private static final List<String> DISTRICT_PREFIXES = List.of("", "cac ", "uy ban nhan dan ", "uy ban nhan dan cac ");
    private static final List<String> COMMUNES = List.of(
            "uy ban nhan dan cap xa", "cap xa", "cac xa phuong", "uy ban nhan dan cac xa phuong", "xa phuong",
            "uy ban nhan dan xa phuong", "cac xa", "uy ban nhan dan cac xa", "cac phuong xa",
            "trung tam phuc vu hanh chinh cong cap xa", "bo phan mot cua cap xa");
    private static final List<String> LOCALITIES = List.of("dia phuong", "cac dia phuong");
    private static final List<String> UNITS = List.of(
            "cac co quan don vi", "co quan don vi", "cac co quan", "cac don vi", "cac co quan to chuc",
            "cac co quan don vi dia phuong", "cac co quan don vi tren dia ban tinh");
    private static final List<String> CONCERNED = List.of(" lien quan", " co lien quan");

    private AgencyGroupPhrases() {
    }

    /** Key → target; a later, more specific entry never overwrites an earlier one. */
    static Map<String, AgencyNameTarget> all() {
        Map<String, AgencyNameTarget> out = new LinkedHashMap<>();
        List<String> departments = departments();
        List<String> districts = districts();
        for (String d : departments) {
            put(out, d, AgencyGroup.DEPARTMENTS);
            for (String c : CONCERNED) {
                put(out, d + c, AgencyGroup.CONCERNED_DEPARTMENTS);
            }
        }
        for (String d : districts) {
            // a bare "huyện" would swallow "huyện Tương Dương"-like names cut short; demand a collective form
            if (!d.equals("huyen") && !d.equals("huyen thanh")) {
                put(out, d, AgencyGroup.DISTRICTS);
            }
            for (String c : CONCERNED) {
                put(out, d + c, AgencyGroup.CONCERNED_DISTRICTS);
            }
        }
        put(out, "cap huyen", AgencyGroup.DISTRICTS);
        put(out, "uy ban nhan dan cap huyen", AgencyGroup.DISTRICTS);
        put(out, "cac huyen thanh thi lien quan", AgencyGroup.CONCERNED_DISTRICTS);
        for (String c : COMMUNES) {
            put(out, c, AgencyGroup.COMMUNES);
        }
        for (String l : LOCALITIES) {
            out.putIfAbsent(l, AgencyNameTarget.locality(AgencyGroup.DISTRICTS, AgencyGroup.COMMUNES));
            for (String c : CONCERNED) {
                out.putIfAbsent(l + c, AgencyNameTarget.locality(AgencyGroup.CONCERNED_DISTRICTS, AgencyGroup.CONCERNED_UNITS));
            }
        }
        for (String u : UNITS) {
            put(out, u, AgencyGroup.CONCERNED_UNITS);
            for (String c : CONCERNED) {
                put(out, u + c, AgencyGroup.CONCERNED_UNITS);
            }
        }
        // a "concerned" mix of kinds has no kinds to offer: the officer picks among all units
        for (String d : departments) {
            for (String tail : concernedTails(districts)) {
                put(out, d + " " + tail, AgencyGroup.CONCERNED_UNITS);
            }
        }
        put(out, "cac co quan chu tri thuc hien cac noi dung cai cach hanh chinh", AgencyGroup.CONCERNED_UNITS);
        for (String key : List.of("cac so ban nganh co thanh vien lap ke hoach", "cac so ban nganh co thanh vien")) {
            put(out, key, AgencyGroup.CONCERNED_DEPARTMENTS);
        }
        for (String key : List.of("cac thanh vien to giup viec de an 06", "thanh vien to giup viec de an 06",
                "to giup viec de an 06", "cac thanh vien to cong tac de an 06")) {
            put(out, key, AgencyGroup.TASK_FORCE_MEMBERS);
        }
        for (String key : List.of("cac ban dang cua tinh uy", "cac ban dang tinh uy", "cac ban dang",
                "cac co quan dang cua tinh uy", "cac co quan tham muu giup viec tinh uy")) {
            put(out, key, AgencyGroup.PARTY_BODIES);
        }
        for (String key : List.of("cac to chuc chinh tri xa hoi cap tinh", "cac to chuc chinh tri xa hoi",
                "to chuc chinh tri xa hoi cap tinh", "cac to chuc chinh tri xa hoi tinh", "cac doan the cap tinh")) {
            put(out, key, AgencyGroup.MASS_ORGANISATIONS);
        }
        // collectives with no counterpart in the directory: one verbatim piece, not a misleading partial match
        for (String key : List.of("cac don vi su nghiep cong lap truc thuoc uy ban nhan dan tinh",
                "don vi su nghiep cong lap truc thuoc uy ban nhan dan tinh", "cac don vi su nghiep cong lap",
                "co quan trung uong dong tren dia ban tinh", "cong an cac dia phuong",
                "trang thong tin dien tu cac co quan don vi")) {
            out.putIfAbsent(key, AgencyNameTarget.notInDirectory());
        }
        return out;
    }

    private static List<String> departments() {
        return DEPARTMENTS.stream().flatMap(d -> PROVINCE_SUFFIXES.stream().map(s -> d + s)).toList();
    }

    private static List<String> districts() {
        return DISTRICT_PREFIXES.stream().flatMap(p -> DISTRICT_BODIES.stream().map(b -> p + b)).toList();
    }

    private static List<String> concernedTails(List<String> districts) {
        List<String> places = new ArrayList<>(districts);
        places.addAll(LOCALITIES);
        places.add("uy ban nhan dan cap huyen");
        return places.stream().flatMap(p -> CONCERNED.stream().map(c -> p + c)).toList();
    }

    private static void put(Map<String, AgencyNameTarget> out, String key, AgencyGroup group) {
        out.putIfAbsent(key, AgencyNameTarget.group(group));
    }
}
