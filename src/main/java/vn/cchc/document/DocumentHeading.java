package vn.cchc.document;

import java.time.LocalDate;

/** The header block of an official document: issuing body, national motto, number, place and date, type and summary. */
public record DocumentHeading(String parentBody, String issuer, String number, String place, LocalDate date,
                              String type, String summary, String motto1, String motto2) {
}
