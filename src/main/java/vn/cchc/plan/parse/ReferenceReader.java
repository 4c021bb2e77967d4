package vn.cchc.plan.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the documents a plan names. The relation comes from the sentence: "Căn cứ ..." (or, in the preamble
 * or a "CĂN CỨ PHÁP LÝ" part, a line that opens with the document's type: "- Nghị quyết số …") is a basis;
 * "Thực hiện / Triển khai ..." opening a preamble paragraph is what the plan implements; "thay thế" replaces;
 * "quy định / phân công / chỉ đạo … tại" a document is a basis too. The relation belongs to the document the
 * sentence names first and to those listed after it ("…; Chỉ thị số 07/CT-TTg", ", Nghị quyết 76/NQ-CP và …");
 * a document named inside another's description ("sửa đổi … của Nghị định số 61/2018/NĐ-CP") is only cited.
 * A document named twice keeps its strongest relation. Mentions before the header (a site's list of related
 * documents) are citations.
 */
final class ReferenceReader {

    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\w/])(\\d{1,5}[a-z]?(?:/\\d{4})?\\s?[/-]\\s?[A-ZĐ][A-Za-zĐđ0-9&]*(?:\\s?[-/]\\s?[A-ZĐ][A-Za-zĐđ0-9&]*)*)");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
                    + "|^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVX]{1,5}[.\\-]?\\s");
    private static final String TYPES = "(?:Luật|Bộ luật|Nghị quyết|Nghị định|Quyết định|Thông tư|Thông tư liên tịch|Chỉ thị|"
            + "Kế hoạch|Công văn|Văn bản|Chương trình|Đề án|Thông báo|Hướng dẫn|Kết luận)";
    static final Pattern TYPE_FIRST = Pattern.compile("^(?:[-+•]\\s*)?" + TYPES + "\\b", Pattern.CASE_INSENSITIVE);
    /** Separator plus type right before a number: the next item of the same list. */
    private static final Pattern LISTED = Pattern.compile("(?:[;,]|\\bvà)\\s*(?:các\\s+)?" + TYPES + "(?:\\s+số)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BASIS_IN_SENTENCE = Pattern.compile(
            "(?:quy định|phân công|được giao|chỉ đạo)[^.;]{0,60}?\\btại\\s+(?:các\\s+)?" + TYPES + "(?:\\s+số)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_LINE = Pattern.compile("^Số\\s*:|ngày\\s+\\d{0,2}[\\s_.…]*tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}");

    List<DocumentReference> read(List<String> logicalLines, String ownNumber) {
        Map<String, DocumentReference> found = new LinkedHashMap<>();
        String own = DocumentNumbers.normalize(ownNumber);
        int headerAt = headerLine(logicalLines);
        boolean preamble = true;
        boolean basisPart = false;
        for (int index = 0; index < logicalLines.size(); index++) {
            String line = logicalLines.get(index);
            if (ROMAN_HEADING.matcher(line).find() || line.startsWith("QUYẾT ĐỊNH:") || line.startsWith("Điều 1")) {
                basisPart = VietnameseText.fold(line).matches("^[ivx]+[.\\-]?\\s+can cu.*");
                preamble = false;
            }
            String folded = VietnameseText.fold(line);
            ReferenceRelation head = index < headerAt ? ReferenceRelation.CITES : null;
            ReferenceRelation previous = null;
            ReferenceRelation first = null;
            Matcher m = DOCUMENT_NUMBER.matcher(line);
            while (m.find()) {
                String number = DocumentNumbers.normalize(m.group(1));
                if (number.equals(own)) {
                    continue;
                }
                String before = line.substring(0, m.start());
                ReferenceRelation relation;
                if (head != null && previous == null) {
                    relation = head;
                } else if (previous == null) {
                    relation = relation(before, folded, line, preamble || basisPart);
                } else if (LISTED.matcher(before).find() && (before.strip().endsWith(";") || listedAfterSemicolon(before)
                        ? first : previous) != ReferenceRelation.CITES) {
                    relation = listedAfterSemicolon(before) ? first : previous;
                } else {
                    relation = VietnameseText.fold(before).contains("thay the") ? ReferenceRelation.REPLACES
                            : BASIS_IN_SENTENCE.matcher(before).find() ? ReferenceRelation.BASIS : ReferenceRelation.CITES;
                }
                previous = relation;
                first = first == null ? relation : first;
                LocalDate date = dateAfter(line.substring(m.end()));
                DocumentReference known = found.get(number);
                if (known == null) {
                    found.put(number, new DocumentReference(number, date, relation));
                } else if (relation.ordinal() < known.relation().ordinal() || known.date() == null && date != null) {
                    ReferenceRelation stronger = relation.ordinal() < known.relation().ordinal() ? relation : known.relation();
                    found.put(number, new DocumentReference(number, known.date() != null ? known.date() : date, stronger));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** "…; Chỉ thị số" — a new item of the sentence's own list, not of a description inside it. */
    private static boolean listedAfterSemicolon(String before) {
        Matcher m = LISTED.matcher(before);
        return m.find() && before.substring(m.start()).startsWith(";");
    }

    /** The first line of the header (number or place-date line); 0 when there is none. */
    private static int headerLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (HEADER_LINE.matcher(lines.get(i)).find() && !lines.get(i).startsWith("Căn cứ")
                    && !lines.get(i).startsWith("Thực hiện")) {
                return i;
            }
        }
        return 0;
    }

    private static ReferenceRelation relation(String before, String foldedLine, String line, boolean preamble) {
        if (VietnameseText.fold(before).contains("thay the")) {
            return ReferenceRelation.REPLACES;
        }
        if (foldedLine.startsWith("can cu") || preamble && TYPE_FIRST.matcher(line).find()) {
            return ReferenceRelation.BASIS;
        }
        if (preamble && (foldedLine.startsWith("thuc hien") || foldedLine.startsWith("trien khai"))) {
            return ReferenceRelation.IMPLEMENTS;
        }
        return BASIS_IN_SENTENCE.matcher(before).find() ? ReferenceRelation.BASIS : ReferenceRelation.CITES;
    }

    private static LocalDate dateAfter(String rest) {
        Matcher d = DATE_AFTER.matcher(rest);
        if (!d.find()) {
            return null;
        }
        int base = d.group(1) != null ? 1 : 4;
        try {
            return LocalDate.of(Integer.parseInt(d.group(base + 2)), Integer.parseInt(d.group(base + 1)),
                    Integer.parseInt(d.group(base)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
