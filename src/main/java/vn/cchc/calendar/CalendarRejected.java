package vn.cchc.calendar;

import java.util.List;

/** A calendar change that was refused as a whole; nothing of it was written. */
class CalendarRejected extends RuntimeException {

    private final List<CalendarProblem> problems;

    CalendarRejected(List<CalendarProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    CalendarRejected(CalendarProblem problem) {
        this(List.of(problem));
    }

    List<CalendarProblem> problems() {
        return problems;
    }
}
