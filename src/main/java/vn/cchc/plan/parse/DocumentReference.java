package vn.cchc.plan.parse;

import java.time.LocalDate;

/** Another document this one names, and how it relates to it. */
public record DocumentReference(String number, LocalDate date, ReferenceRelation relation) {
}
