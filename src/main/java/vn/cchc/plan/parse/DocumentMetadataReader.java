package vn.cchc.plan.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads number, type, title, issuer, place, date, signer and year from the document's header and signature.
 * The header is read from {@link HeaderFragments}, so pipe-separated web renderings, two-column headers and
 * place-date lines wrapped over two lines read alike. Where the header lacks a field, the site's metadata box
 * ("Số hiệu | 0155/KH-UBND") or a news sentence ("Ngày 30/12/2025, Văn phòng UBND tỉnh … ban hành Kế hoạch
 * số …") gives it, and the document notes that it did ({@link #warnings}).
 */
final class DocumentMetadataReader {

    static final String SYMBOL = "[A-ZĐ][A-Za-zĐđ&]*(?:\\s*-\\s*[A-ZĐ][A-Za-zĐđ&]*)*";
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "^Số\\s*:?\\s*(\\d*[a-z]?\\s*(?:/\\s*\\d{4}\\s*)?)/\\s*(" + SYMBOL + ")");
    static final Pattern BARE_NUMBER = Pattern.compile("^(\\d+[a-z]?(?:/\\d{4})?/" + SYMBOL + ")$");
    private static final Pattern ATTACHED_TO = Pattern.compile(
            "kèm theo\\s+(?:Kế hoạch|Quyết định|Công văn)\\s+số\\s*(\\d*)\\s*/\\s*([A-ZĐ][A-Za-zĐđ&]*(?:-[A-ZĐ][A-Za-zĐđ&]*)*)"
                    + "[^)]*?của\\s+([^)]+)\\)", Pattern.CASE_INSENSITIVE);
    static final Pattern PLACE_DATE = Pattern.compile(
            "^((?:(?:TP|Tp|TX|Tx)\\.\\s*|(?:Thành phố|Thị xã)\\s+)?"
                    + "[\\p{Lu}][\\p{L}’']*(?:\\s*[-–]\\s*[\\p{Lu}][\\p{L}’']*|\\s+[\\p{Lu}][\\p{L}’']*){0,4}),?\\s+ngày\\s+(\\d{1,2})?[\\s_.…]*"
                    + "tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern NEWS = Pattern.compile(
            "^Ngày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4}),\\s+(.{3,80}?)\\s+(?:đã\\s+)?(?:ban hành|ký ban hành)\\s+"
                    + "(Kế hoạch|Quyết định|Chỉ thị)(?:\\s+số\\s+(\\S+))?\\s*(.*?)(?:\\.|$)");
    private static final Pattern SLASH_DATE = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
    private static final Pattern TITLE_YEAR = Pattern.compile("năm\\s+(\\d{4})");
    private static final Pattern ISSUER_SENTENCE = Pattern.compile(
            "[,;]\\s*((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Ban|Phòng|Văn phòng)(?:\\s+[\\p{L}&’'-]+){0,10}?)\\s+"
                    + "(?:đã\\s+)?(?:ban hành|xây dựng)\\s+[Kk]ế hoạch");
    private static final Pattern TYPE_HEADING = Pattern.compile(
            "^(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|THÔNG BÁO|CÔNG VĂN|BÁO CÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|TỜ TRÌNH)\\b\\s*");
    /** The line naming the authority that decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG"), above "Căn cứ". */
    private static final Pattern AUTHORITY = Pattern.compile("^(CHỦ TỊCH|ỦY BAN|UỶ BAN|UBND|BỘ TRƯỞNG|THỦ TƯỚNG|HỘI ĐỒNG|BAN CHỈ ĐẠO|GIÁM ĐỐC)\\b");
    private static final Pattern HEADER_END = Pattern.compile("^(Số\\s*:|Số\\s+\\d|CỘNG HÒA|CỘNG HOÀ|Độc lập)");
    /** The national motto printed beside the issuer block (two columns read as one run of fragments). */
    private static final Pattern MOTTO = Pattern.compile("^(CỘNG HÒA|CỘNG HOÀ|XÃ HỘI CHỦ NGHĨA|HỘI CHỦ NGHĨA|CHỦ NGHĨA VIỆT NAM|Độc lập)");
    /** A header line that only names where the body above it sits ("TỈNH THANH HÓA"), not a body of its own. */
    private static final Pattern LOCALITY_LINE = Pattern.compile("^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\b");
    private static final Pattern WRAPPED = Pattern.compile("^\\p{Ll}");
    private static final Pattern NUMBER_END = Pattern.compile("^(Số\\s*:|Số\\s+\\d)");
    private static final Pattern BODY_START = Pattern.compile("^(Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét đề nghị|[IVX]{1,5}[.\\-]\\s|\\d+\\.|[-+•])");

    record Header(String number, String typeCode, String issuerFromAttachment) {
    }

    /** Where a field came from when not from the header itself, for the reviewer. */
    private final java.util.List<String> warnings = new java.util.ArrayList<>();

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    PlanDocument read(List<String> lines, LocalDate fallbackDate, List<DocumentReference> references) {
        String text = String.join("\n", lines);
        List<String> fragments = HeaderFragments.of(lines);
        SiteBox box = SiteBox.of(fragments);
        Matcher news = news(fragments);
        Header header = number(fragments, text);
        if (header.number() == null && box.number() != null) {
            header = new Header(box.number(), typeCode(box.number()), null);
            warnings.add("Số, ký hiệu lấy từ ô thông tin của trang web (" + box.number() + "), không thấy trong phần đầu văn bản.");
        }
        if (header.number() == null && news != null && news.group(6) != null) {
            String n = DocumentNumbers.normalize(news.group(6));
            header = new Header(n, typeCode(n), null);
            warnings.add("Số, ký hiệu lấy từ câu giới thiệu \"" + news.group(0) + "\"; hãy đối chiếu với văn bản gốc.");
        }
        DocumentType type = type(header, text, fragments);
        int placeDateAt = placeDate(fragments);
        Matcher placeDate = placeDateAt < 0 ? null : placeDateMatcher(fragments, placeDateAt);
        String place = placeDate == null ? null : placeDate.group(1).replaceAll("\\s+", " ");
        LocalDate date = placeDate == null ? null : date(placeDate);
        if (placeDate == null && box.date() != null) {
            date = box.date();
            warnings.add("Ngày ban hành lấy từ ô thông tin của trang web, không thấy dòng địa danh, ngày tháng.");
        } else if (placeDate == null && news != null) {
            date = slashDate(news.group(1) + "/" + news.group(2) + "/" + news.group(3));
            warnings.add("Ngày ban hành lấy từ câu giới thiệu \"" + news.group(0) + "\"; hãy đối chiếu với văn bản gốc.");
        }
        String title = title(fragments, type, placeDateAt);
        if (title == null && news != null) {
            title = news.group(6) != null ? news.group(7).replaceFirst("^về\\s+", "")
                    : (news.group(5) + " " + news.group(7)).replaceFirst("\\s+về\\s.*$", "");
            title = title.isBlank() ? null : title.strip();
            if (title != null) {
                warnings.add("Trích yếu lấy từ câu giới thiệu \"" + news.group(0) + "\"; hãy đối chiếu với văn bản gốc.");
            }
        }
        Integer year = date != null ? Integer.valueOf(date.getYear())
                : placeDate != null ? Integer.valueOf(placeDate.group(4))
                : yearFromTitle(title, fallbackDate);
        String issuer = issuer(fragments, text, header, title);
        if (issuer == null && news != null) {
            issuer = news.group(4);
            warnings.add("Cơ quan ban hành lấy từ câu giới thiệu \"" + news.group(0) + "\"; hãy đối chiếu với văn bản gốc.");
        }
        warnUnsure(header, type, title, issuer, placeDate, date, year, fallbackDate);
        return new PlanDocument(header.number(), type, title, issuer, place, date, Signers.signer(lines), year, references);
    }

    /**
     * Nothing is guessed silently: a field the header does not give, or gives only in part, is named for the
     * reviewer, who fills it in from the original.
     */
    private void warnUnsure(Header header, DocumentType type, String title, String issuer, Matcher placeDate, LocalDate date,
                            Integer year, LocalDate fallbackDate) {
        if (header.number() == null) {
            warnings.add("Không tìm thấy số, ký hiệu của văn bản; hãy nhập theo văn bản gốc.");
        } else if (header.issuerFromAttachment() != null) {
            warnings.add("Số, ký hiệu " + header.number() + " lấy từ dòng \"kèm theo … số " + header.number()
                    + "\" trong văn bản; hãy đối chiếu với phần đầu văn bản gốc.");
        }
        if (type == null) {
            warnings.add("Không xác định được loại văn bản (kế hoạch, quyết định, chỉ thị, công văn…); hãy chọn.");
        }
        if (title == null) {
            warnings.add("Không đọc được trích yếu (tên) của văn bản; hãy nhập theo văn bản gốc.");
        }
        if (issuer == null) {
            warnings.add("Không xác định được cơ quan ban hành; hãy nhập theo văn bản gốc.");
        }
        if (placeDate != null && date == null) {
            warnings.add(placeDate.group(2) == null
                    ? "Văn bản chưa ghi ngày ban hành (chỉ có tháng " + placeDate.group(3) + " năm " + placeDate.group(4) + ")."
                    : "Ngày ban hành \"" + placeDate.group(0) + "\" không phải là ngày có thật; hãy sửa.");
        } else if (date == null && placeDate == null && year != null && fallbackDate != null
                && year == fallbackDate.getYear() && (title == null || !TITLE_YEAR.matcher(title).find())) {
            warnings.add("Không thấy ngày ban hành hay năm trong văn bản; năm " + year + " là năm hiện tại, hãy kiểm tra.");
        } else if (date == null && placeDate == null && !warnings.stream().anyMatch(w -> w.startsWith("Ngày ban hành lấy từ"))) {
            warnings.add("Không tìm thấy dòng địa danh, ngày tháng; ngày ban hành để trống.");
        }
    }

    /** The own number: "Số:" in the header, else the plan an attached orientation belongs to (seed 001). */
    static Header number(String text) {
        List<String> lines = List.of(text.split("\n"));
        return number(HeaderFragments.of(lines), text);
    }

    private static Header number(List<String> fragments, String text) {
        for (String fragment : fragments) {
            Matcher m = NUMBER_LINE.matcher(fragment);
            if (m.find()) {
                String number = DocumentNumbers.normalize(m.group(1) + "/" + m.group(2));
                return new Header(number, typeCode(number), null);
            }
        }
        Matcher attached = ATTACHED_TO.matcher(text);
        if (attached.find()) {
            String symbol = attached.group(2);
            return new Header(attached.group(1) + "/" + symbol, symbol.split("-")[0], VietnameseText.clean(attached.group(3)));
        }
        return new Header(null, null, null);
    }

    /** "30/2018/QĐ-UBND" → "QĐ"; "/SNV-CCHC" → "SNV". */
    private static String typeCode(String number) {
        String[] parts = number.split("/");
        return parts[parts.length - 1].split("-")[0];
    }

    private static DocumentType type(Header header, String text, List<String> fragments) {
        if (header.typeCode() != null) {
            switch (header.typeCode()) {
                case "KH":
                    return DocumentType.PLAN;
                case "QĐ":
                    return DocumentType.DECISION;
                case "CT":
                    return DocumentType.DIRECTIVE;
                case "BC":
                    return DocumentType.REPORT;
                default:
                    break;
            }
            if (text.contains("V/v") || text.contains("Kính gửi")) {
                return DocumentType.OFFICIAL_LETTER;
            }
        }
        for (String fragment : fragments) {
            switch (fragment) {
                case "QUYẾT ĐỊNH":
                    return DocumentType.DECISION;
                case "KẾ HOẠCH":
                    return DocumentType.PLAN;
                case "CHỈ THỊ":
                    return DocumentType.DIRECTIVE;
                case "BÁO CÁO":
                    return DocumentType.REPORT;
                default:
                    break;
            }
        }
        return text.contains("V/v") ? DocumentType.OFFICIAL_LETTER : null;
    }

    /** Index of the fragment that starts the place-date line (which may run on over the next two fragments). */
    private static int placeDate(List<String> fragments) {
        for (int i = 0; i < fragments.size(); i++) {
            Matcher m = placeDateMatcher(fragments, i);
            if (m != null) {
                return i;
            }
        }
        return -1;
    }

    private static Matcher placeDateMatcher(List<String> fragments, int i) {
        StringBuilder window = new StringBuilder(fragments.get(i));
        for (int j = i + 1; j < Math.min(fragments.size(), i + 3); j++) {
            window.append(' ').append(fragments.get(j));
        }
        String candidate = window.toString().replaceFirst("^Số\\s*:?\\s*\\S*\\s+", "");
        Matcher m = PLACE_DATE.matcher(candidate);
        if (!m.find() || m.group(1).startsWith("Số") || m.group(1).equals("Ngày")) {
            return null;
        }
        // A place wrapped over two fragments ("Bà Rịa - Vũng" / "Tàu, ngày …") is joined; two header lines are not.
        boolean here = fragments.get(i).contains("ngày") || i + 1 < fragments.size() && fragments.get(i + 1).contains(", ngày");
        return here ? m : null;
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

    static LocalDate slashDate(String text) {
        Matcher m = SLASH_DATE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Matcher news(List<String> fragments) {
        for (int i = 0; i < Math.min(fragments.size(), 6); i++) {
            Matcher m = NEWS.matcher(fragments.get(i));
            if (m.find()) {
                return m;
            }
        }
        return null;
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

    /**
     * The subject line: for a letter the "V/v" text; else the upper-case lines after the place-date line (a title
     * wrapped over several lines is one title), without the type heading; else the line under the type heading.
     */
    private static String title(List<String> fragments, DocumentType type, int placeDateAt) {
        for (int i = 0; i < fragments.size(); i++) {
            String line = fragments.get(i);
            if (type == DocumentType.OFFICIAL_LETTER && line.startsWith("V/v")) {
                StringBuilder title = new StringBuilder(line.substring(3).trim());
                for (int j = i + 1; j < fragments.size(); j++) {
                    String next = fragments.get(j);
                    if (next.contains("ngày") || next.startsWith("Kính gửi")) {
                        break;
                    }
                    title.append(' ').append(next);
                }
                return title.toString().replaceAll("\\.$", "");
            }
        }
        if (placeDateAt >= 0) {
            StringBuilder upper = new StringBuilder();
            int i = placeDateAt + 1;
            while (i < fragments.size() && !fragments.get(i - 1).matches(".*năm\\s+\\d{4}.*")) {
                i++; // the date ran on into the next fragment
            }
            for (; i < fragments.size(); i++) {
                String f = fragments.get(i);
                if (!HeaderFragments.isUpperText(f) || AUTHORITY.matcher(f).find() || BODY_START.matcher(f).find()) {
                    break;
                }
                upper.append(upper.length() == 0 ? "" : " ").append(f);
            }
            String title = TYPE_HEADING.matcher(upper.toString()).replaceFirst("").strip();
            if (!title.isEmpty()) {
                return title;
            }
        }
        for (int i = 0; i < fragments.size() - 1; i++) {
            String line = fragments.get(i);
            boolean heading = TYPE_HEADING.matcher(line).matches();
            if (heading && (type != DocumentType.DECISION || line.equals("QUYẾT ĐỊNH"))) {
                String next = fragments.get(i + 1);
                if (AUTHORITY.matcher(next).find() || BODY_START.matcher(next).find()) {
                    return null;
                }
                StringBuilder title = new StringBuilder(next);
                // A title in sentence case wrapped over lines: the next line goes on in lower case.
                for (int j = i + 2; j < fragments.size() && WRAPPED.matcher(fragments.get(j)).find(); j++) {
                    title.append(' ').append(fragments.get(j));
                }
                return title.toString();
            }
        }
        return null;
    }

    private String issuer(List<String> fragments, String text, Header header, String title) {
        String block = headerBlock(fragments);
        String authority = authority(fragments);
        if (authority != null && (block == null || !block.startsWith(authority))) {
            return authority;
        }
        if (block != null) {
            return block;
        }
        if (header.issuerFromAttachment() != null) {
            warnings.add("Cơ quan ban hành lấy từ dòng \"kèm theo … của " + header.issuerFromAttachment()
                    + "\"; phần đầu văn bản không ghi.");
            return header.issuerFromAttachment();
        }
        Matcher m = ISSUER_SENTENCE.matcher(VietnameseText.clean(text).replaceAll("\\s*\\([^)]*\\)", ""));
        if (m.find()) {
            warnings.add("Cơ quan ban hành đọc từ câu \"…" + m.group().replaceFirst("^[,;]\\s*", " ")
                    + "\" trong thân văn bản; phần đầu văn bản không ghi, hãy đối chiếu.");
            String issuer = m.group(1);
            Matcher locality = Pattern.compile("\\b(xã|phường|huyện) ((?:\\p{Lu}\\p{L}*\\s?)+)").matcher(title == null ? "" : title);
            if (issuer.matches(".*\\b(xã|phường|huyện)$") && locality.find()) {
                issuer = issuer + " " + locality.group(2).trim();
            }
            return issuer;
        }
        return null;
    }

    /**
     * The upper-case lines just above "Số:", the motto of the right column skipped: "UBND TỈNH NGHỆ AN / SỞ NỘI VỤ"
     * gives the last line (Decree 30: the governing body above, the issuing body below); "ỦY BAN NHÂN DÂN / TỈNH
     * THANH HÓA" is one name. Site menus before it break the run.
     */
    private static String headerBlock(List<String> fragments) {
        java.util.List<String> run = new java.util.ArrayList<>();
        boolean inMotto = false;
        for (String f : fragments) {
            if (NUMBER_END.matcher(f).find() || PLACE_DATE.matcher(f).find() || TYPE_HEADING.matcher(f).matches()) {
                break;
            }
            // The right column of a two-column header, read between the lines of the left one; the motto may
            // wrap anywhere ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM"), so it runs until "VIỆT NAM".
            if (MOTTO.matcher(f).find() || inMotto) {
                inMotto = !f.contains("VIỆT NAM") && !f.startsWith("Độc lập");
                continue;
            }
            if (HeaderFragments.isUpperWords(f)) {
                run.add(f);
            } else {
                run.clear();
            }
        }
        if (run.isEmpty() || fragments.stream().noneMatch(f -> HEADER_END.matcher(f).find())) {
            return null;
        }
        String last = run.get(run.size() - 1);
        return LOCALITY_LINE.matcher(last).find() ? String.join(" ", run) : last;
    }

    /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" or "ỦY BAN NHÂN DÂN TỈNH …" right above the first "Căn cứ". */
    private static String authority(List<String> fragments) {
        for (int i = 1; i < fragments.size(); i++) {
            if (fragments.get(i).startsWith("Căn cứ")) {
                String above = fragments.get(i - 1);
                return HeaderFragments.isUpperWords(above) && AUTHORITY.matcher(above).find() ? above : null;
            }
        }
        return null;
    }

}
