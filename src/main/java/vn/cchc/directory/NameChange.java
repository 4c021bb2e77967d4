package vn.cchc.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A name a unit used to have, and until when. */
record NameChange(String name, String shortName, LocalDate validTo, OffsetDateTime changedAt) {
}
