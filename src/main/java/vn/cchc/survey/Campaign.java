package vn.cchc.survey;

import java.time.LocalDate;
import java.util.List;

/** A survey campaign: a period, the questionnaire version it collects with, who answers and how. */
record Campaign(long id, String name, long versionId, LocalDate from, LocalDate to, List<RespondentGroup> groups,
                List<Channel> channels, Status status) {

    enum Status { OPEN, CLOSED }

    boolean collectsOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean uses(Channel c) {
        return channels.contains(c);
    }
}
