package vn.cchc.feedback;

import java.util.List;

/** A submission or a step refused, with every reason in Vietnamese naming the field; nothing was written. */
class FeedbackRejected extends RuntimeException {

    private final List<String> problems;

    FeedbackRejected(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    FeedbackRejected(String problem) {
        this(List.of(problem));
    }

    List<String> problems() {
        return problems;
    }
}
