package vn.cchc.plan.parse;

import vn.cchc.directory.AgencyResolver;
import vn.cchc.directory.ResolvedAgency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** Words an agency's name opens with; general administrative vocabulary, not the bodies of one province. */
    private static final Pattern OPENS_WITH_AGENCY = Pattern.compile(
            "^(?:(?:Sở|UBND|Văn phòng|Ủy ban|Uỷ ban|Trung tâm|Công an|Báo|Đài|Thanh tra|Ban|Phòng|Mặt trận|Bộ|Tổng cục|Cục)\\s+\\p{Lu}"
                    + "|[Cc]ác\\s+(?:sở|bộ|cơ quan|đơn vị|ban|phòng|huyện|xã|địa phương|doanh nghiệp))");

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
     * The directory decides: when it reads the words of both cells together as exactly one unit, that unit's name
     * is meant; null otherwise (also when no directory knows the name: nothing is rebuilt by guess).
     */
    String joinSplitName(String left, String right, LocalDate onDate) {
        List<ResolvedAgency> resolved;
        try {
            resolved = resolver.resolve(VietnameseText.clean(left + " " + right), onDate);
        } catch (RuntimeException e) {
            return null;
        }
        if (resolved == null || resolved.size() != 1 || resolved.get(0).unit() == null) {
            return null;
        }
        return resolved.get(0).unit().name();
    }

    /** A cell that opens with an agency's head word ("Sở …", "Văn phòng …", "Các sở, ban, ngành …"). */
    static boolean opensWithAgency(String text) {
        return text != null && OPENS_WITH_AGENCY.matcher(VietnameseText.clean(text)).find();
    }

    static boolean looksLikeAgency(String text) {
        String folded = VietnameseText.fold(text);
        return folded.matches("^(cac|so|ubnd|van phong|ban|uy ban|huyen|trung tam|cong an|bao|dai|phong|thanh tra|mat tran) .*");
    }
}
