package vn.cchc.calendar;

import java.util.List;

/** One reason a calendar change is refused: a message key of messages/calendar.properties and its arguments. */
record CalendarProblem(String key, List<Object> args) {

    static CalendarProblem of(String key, Object... args) {
        return new CalendarProblem(key, List.of(args));
    }
}
