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
 * Finds the documents a plan names. The relation comes from the sentence: "Căn cứ ..." is a basis,
 * "Thực hiện / Triển khai ..." opening a preamble paragraph is what the plan implements, "thay thế" replaces,
 * any other mention is a citation. A document named twice keeps its strongest relation.
 */
final class ReferenceReader {

    static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\w/])(\\d{1,5}(?:/\\d{4})?\\s?[/-]\\s?[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9&]*)*)");
    private static final Pattern DATE_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:ngày\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})"
                    + "|^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");
    private static final Pattern ROMAN_HEADING = Pattern.compile("^[IVX]{1,5}[.\\-]\\s");

    List<DocumentReference> read(List<String> logicalLines, String ownNumber) {
        Map<String, DocumentReference> found = new LinkedHashMap<>();
        boolean preamble = true;
        for (String line : logicalLines) {
            if (ROMAN_HEADING.matcher(line).find() || line.startsWith("QUYẾT ĐỊNH:")) {
                preamble = false;
            }
            String folded = VietnameseText.fold(line);
            Matcher m = DOCUMENT_NUMBER.matcher(line);
            while (m.find()) {
                String number = m.group(1).replaceAll("\\s", "");
                if (ownNumber != null && number.equals(ownNumber.replaceAll("\\s", ""))) {
                    continue;
                }
                ReferenceRelation relation = relation(line.substring(0, m.start()), folded, preamble);
                LocalDate date = dateAfter(line.substring(m.end()));
                DocumentReference previous = found.get(number);
                if (previous == null) {
                    found.put(number, new DocumentReference(number, date, relation));
                } else if (relation.ordinal() < previous.relation().ordinal() || previous.date() == null && date != null) {
                    ReferenceRelation stronger = relation.ordinal() < previous.relation().ordinal() ? relation : previous.relation();
                    found.put(number, new DocumentReference(number, previous.date() != null ? previous.date() : date, stronger));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static ReferenceRelation relation(String before, String foldedLine, boolean preamble) {
        if (VietnameseText.fold(before).contains("thay the")) {
            return ReferenceRelation.REPLACES;
        }
        if (foldedLine.startsWith("can cu")) {
            return ReferenceRelation.BASIS;
        }
        if (preamble && (foldedLine.startsWith("thuc hien") || foldedLine.startsWith("trien khai"))) {
            return ReferenceRelation.IMPLEMENTS;
        }
        return ReferenceRelation.CITES;
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
