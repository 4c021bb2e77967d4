package vn.cchc.plan.parse;

import java.time.LocalDate;
import java.util.List;

/** The metadata box a legal-documents site puts above the text: label cell, value cell. */
record SiteBox(String number, LocalDate date) {

    static SiteBox of(List<String> fragments) {
        String number = null;
        LocalDate date = null;
        for (int i = 0; i < fragments.size() - 1 && i < 60; i++) {
            String label = fragments.get(i).replaceFirst(":$", "").strip();
            String value = fragments.get(i + 1);
            if (label.equals("Số hiệu") && DocumentMetadataReader.BARE_NUMBER.matcher(value.replaceAll("\\s", "")).matches()) {
                number = DocumentNumbers.normalize(value);
            } else if (label.equals("Ngày ban hành")) {
                date = DocumentMetadataReader.slashDate(value);
            }
        }
        return new SiteBox(number, date);
    }
}
