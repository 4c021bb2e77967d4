package vn.cchc.document;

import java.time.LocalDate;

/** The header block of an official document: issuing body, national motto, number, place and date, type and summary. */
public record DocumentHeading(String parentBody, String issuer, String number, String place, LocalDate date,
                              String type, String summary, String motto1, String motto2) {

    /** A letter (công văn) has no type name: its summary ("V/v …") stands under its number, in 12 pt. */
    public boolean letter() {
        return type == null || type.isBlank();
    }
}
