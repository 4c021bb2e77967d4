package vn.cchc.plan.parse;

import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.ResolvedAgency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns an agency cell into {@link AgencyRef}s through the directory's resolver. The cell is first cut on
 * separators that never occur inside a name (";" and leading dashes); commas and "và" are left to the
 * resolver. Whatever the resolver returns, every part of the cell survives as a name.
 */
final class AgencyCells {

    private static final Pattern HARD_SEPARATOR = Pattern.compile("\\s*;\\s*|\\n\\s*-\\s*");
    private static final Pattern DASH_ITEM = Pattern.compile(
            "\\s+-\\s*(?=(?:Sở|Văn phòng|UBND|Ủy ban|Uỷ ban|Ban|Các|Trung tâm|Công an|Báo|Đài|Phòng|Mặt trận|Cổng|Trang)\\b)");

    /** Provincial bodies whose names extraction sometimes splits over two cells. */
    private static final List<String> KNOWN_NAMES = List.of(
            "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường",
            "Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông",
            "Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa và Thể thao",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Giao thông vận tải", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính",
            "Sở Công Thương", "Sở Xây dựng", "Sở Y tế", "Sở Du lịch", "Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo",
            "Văn phòng UBND tỉnh", "Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
            "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh",
            "Thanh tra tỉnh", "Công an tỉnh", "Báo Nghệ An", "Đài Phát thanh - Truyền hình Nghệ An");

    private final AgencyResolver resolver;

    AgencyCells(AgencyResolver resolver) {
        this.resolver = resolver;
    }

    List<AgencyRef> refs(String cell, LocalDate onDate) {
        if (VietnameseText.isBlank(cell)) {
            return List.of();
        }
        List<AgencyRef> refs = new ArrayList<>();
        for (String part : parts(cell)) {
            List<ResolvedAgency> resolved;
            try {
                resolved = resolver.resolve(part, onDate);
            } catch (RuntimeException e) {
                resolved = List.of();
            }
            if (resolved == null || resolved.isEmpty()) {
                refs.add(new AgencyRef(part, null));
                continue;
            }
            for (ResolvedAgency agency : resolved) {
                String name = VietnameseText.isBlank(agency.text()) ? part : VietnameseText.clean(agency.text());
                refs.add(new AgencyRef(name, agency.unit() != null ? agency.unit().code() : null));
            }
        }
        return refs;
    }

    static List<String> parts(String cell) {
        String text = cell.strip();
        if (text.startsWith("-")) {
            text = text.substring(1);
            text = DASH_ITEM.matcher(text).replaceAll(";");
        }
        return Arrays.stream(HARD_SEPARATOR.split(text))
                .map(VietnameseText::clean)
                .map(p -> p.replaceAll("^[-–+]\\s*", "").replaceAll("[.,]+$", "").trim())
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /**
     * Extraction can cut one name over two cells in any word order ("Sở nguyên Môi trường" | "Tài và Môi trường").
     * When the words of both cells together are exactly the words of one known name, that name is meant.
     */
    static String joinSplitName(String left, String right) {
        Set<String> words = words(left + " " + right);
        for (String name : KNOWN_NAMES) {
            if (words(name).equals(words)) {
                return name;
            }
        }
        return null;
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(VietnameseText.fold(text).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+")));
    }

    static boolean looksLikeAgency(String text) {
        String folded = VietnameseText.fold(text);
        return folded.matches("^(cac|so|ubnd|van phong|ban|uy ban|huyen|trung tam|cong an|bao|dai|phong|thanh tra|mat tran) .*");
    }
}
