package vn.cchc.reminder.source;

import java.time.LocalDate;

/** How far back missed reports are reminded and shown: from the first of January of the year before. */
public final class MissedSince {

    private MissedSince() {
    }

    public static LocalDate of(LocalDate day) {
        return LocalDate.of(day.getYear() - 1, 1, 1);
    }
}
