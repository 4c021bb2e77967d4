package vn.cchc.plan.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads number, type, title, issuer, place, date, signer and year from the document's header and signature. */
final class DocumentMetadataReader {

    private static final Pattern NUMBER_LINE = Pattern.compile(
            "Số\\s*:\\s*(\\d*)\\s*/\\s*((?:[A-ZĐ][A-Za-zĐđ&]*)(?:\\s*-\\s*[A-ZĐ][A-Za-zĐđ&]*)*)");
    private static final Pattern ATTACHED_TO = Pattern.compile(
            "kèm theo\\s+(?:Kế hoạch|Quyết định|Công văn)\\s+số\\s*(\\d*)\\s*/\\s*([A-ZĐ][A-Za-zĐđ&]*(?:-[A-ZĐ][A-Za-zĐđ&]*)*)"
                    + "[^)]*?của\\s+([^)]+)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^|\\s{2,})([\\p{Lu}][\\p{L}]*(?: [\\p{Lu}][\\p{L}]*){0,3}),?\\s+ngày\\s+(\\d{1,2})?[\\s_.…]*tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern TITLE_YEAR = Pattern.compile("năm\\s+(\\d{4})");
    private static final Pattern ISSUER_SENTENCE = Pattern.compile(
            "[,;]\\s*((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Ban|Phòng)(?:\\s+[\\p{L}&-]+){0,8}?)\\s+(?:ban hành|xây dựng)\\s+[Kk]ế hoạch");
    private static final Pattern SIGNER_TITLE = Pattern.compile("GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|TRƯỞNG BAN|CHÁNH VĂN PHÒNG");
    private static final Set<String> SURNAMES = Set.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thái", "Đinh", "Trương", "Đào", "Cao", "Lương", "Mai", "Tạ",
            "Chu", "Hà", "Đoàn", "Lâm", "Trịnh", "Phùng", "Tô", "Kiều", "Lưu", "Văn", "Quách", "Đậu", "Tăng", "Chế");

    record Header(String number, String typeCode, String issuerFromAttachment) {
    }

    PlanDocument read(List<String> lines, LocalDate fallbackDate, List<DocumentReference> references) {
        String text = String.join("\n", lines);
        Header header = number(text);
        DocumentType type = type(header, text);
        Matcher placeDate = firstPlaceDate(lines);
        String place = placeDate == null ? null : placeDate.group(1);
        LocalDate date = placeDate == null ? null : date(placeDate);
        String title = title(lines, type);
        Integer year = date != null ? Integer.valueOf(date.getYear())
                : placeDate != null ? Integer.valueOf(placeDate.group(4))
                : yearFromTitle(title, fallbackDate);
        return new PlanDocument(header.number(), type, title, issuer(lines, text, header, title), place, date,
                signer(lines), year, references);
    }

    static Header number(String text) {
        Matcher m = NUMBER_LINE.matcher(text);
        if (m.find()) {
            String symbol = m.group(2).replaceAll("\\s+", "");
            return new Header(m.group(1) + "/" + symbol, symbol.split("-")[0], null);
        }
        Matcher attached = ATTACHED_TO.matcher(text);
        if (attached.find()) {
            String symbol = attached.group(2);
            return new Header(attached.group(1) + "/" + symbol, symbol.split("-")[0], VietnameseText.clean(attached.group(3)));
        }
        return new Header(null, null, null);
    }

    private static DocumentType type(Header header, String text) {
        if (header.typeCode() != null) {
            switch (header.typeCode()) {
                case "KH":
                    return DocumentType.PLAN;
                case "QĐ":
                    return DocumentType.DECISION;
                default:
                    break;
            }
            if (text.contains("V/v") || text.contains("Kính gửi")) {
                return DocumentType.OFFICIAL_LETTER;
            }
        }
        for (String line : text.split("\n")) {
            String bare = VietnameseText.clean(line).replaceAll("^#+\\s*", "");
            if (bare.equals("QUYẾT ĐỊNH")) {
                return DocumentType.DECISION;
            }
            if (bare.equals("KẾ HOẠCH")) {
                return DocumentType.PLAN;
            }
        }
        return text.contains("V/v") ? DocumentType.OFFICIAL_LETTER : null;
    }

    private static Matcher firstPlaceDate(List<String> lines) {
        for (String line : lines) {
            Matcher m = PLACE_DATE.matcher(java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFC).replace("**", ""));
            if (m.find() && !m.group(1).startsWith("Số")) {
                return m;
            }
        }
        return null;
    }

    private static LocalDate date(Matcher m) {
        if (m.group(2) == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer yearFromTitle(String title, LocalDate fallbackDate) {
        if (title != null) {
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return fallbackDate == null ? null : fallbackDate.getYear();
    }

    /** The subject line under the type heading; for a letter, the "V/v" lines up to the date or addressee. */
    private static String title(List<String> lines, DocumentType type) {
        for (int i = 0; i < lines.size(); i++) {
            String line = VietnameseText.clean(lines.get(i)).replaceAll("^#+\\s*", "");
            if (type == DocumentType.OFFICIAL_LETTER && line.startsWith("V/v")) {
                StringBuilder title = new StringBuilder(line.substring(3).trim());
                for (int j = i + 1; j < lines.size(); j++) {
                    String next = VietnameseText.clean(lines.get(j));
                    if (next.contains("ngày") || next.startsWith("Kính gửi")) {
                        break;
                    }
                    if (!next.isEmpty()) {
                        title.append(' ').append(next);
                    }
                }
                return title.toString().replaceAll("\\.$", "");
            }
            boolean heading = line.equals("KẾ HOẠCH") || line.equals("QUYẾT ĐỊNH");
            if (heading && (type != DocumentType.DECISION || line.equals("QUYẾT ĐỊNH"))) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String next = VietnameseText.clean(lines.get(j)).replaceAll("^#+\\s*", "");
                    if (!next.isEmpty()) {
                        return next;
                    }
                }
            }
        }
        return null;
    }

    private static String issuer(List<String> lines, String text, Header header, String title) {
        StringBuilder block = new StringBuilder();
        for (String raw : lines) {
            String line = VietnameseText.clean(raw);
            if (line.startsWith("Số") || line.contains("CỘNG HÒA") || line.contains("CỘNG HOÀ") || line.contains("Độc lập")
                    || line.contains("ngày") || line.matches("#*\\s*(KẾ HOẠCH|QUYẾT ĐỊNH)")) {
                break;
            }
            if (!line.isEmpty() && line.equals(line.toUpperCase())) {
                block.append(block.length() == 0 ? "" : "\n").append(line);
            }
        }
        if (block.length() > 0) {
            String[] parts = block.toString().split("\n");
            // "UBND TỈNH NGHỆ AN / SỞ NỘI VỤ": the last line is the issuing body; "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN" is one name.
            String last = parts[parts.length - 1];
            return last.startsWith("TỈNH") || last.startsWith("HUYỆN") || last.startsWith("XÃ")
                    ? String.join(" ", parts) : last;
        }
        if (header.issuerFromAttachment() != null) {
            return header.issuerFromAttachment();
        }
        Matcher m = ISSUER_SENTENCE.matcher(VietnameseText.clean(text));
        if (m.find()) {
            String issuer = m.group(1);
            Matcher locality = Pattern.compile("\\b(xã|phường|huyện) ((?:\\p{Lu}\\p{L}*\\s?)+)").matcher(title == null ? "" : title);
            if (issuer.matches(".*\\b(xã|phường|huyện)$") && locality.find()) {
                issuer = issuer + " " + locality.group(2).trim();
            }
            return issuer;
        }
        return null;
    }

    /** The person's name under the signing title: the first line after it that reads as a Vietnamese full name. */
    private static String signer(List<String> lines) {
        String found = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = VietnameseText.clean(lines.get(i)).replaceFirst("^Nơi nhận:\\s*", "");
            if (line.isEmpty() || !line.equals(line.toUpperCase()) || !SIGNER_TITLE.matcher(line).find()) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j < i + 25; j++) {
                String candidate = VietnameseText.clean(lines.get(j));
                if (isPersonName(candidate)) {
                    found = candidate;
                    break;
                }
            }
            if (found != null) {
                return found;
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
