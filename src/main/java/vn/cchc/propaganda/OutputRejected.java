package vn.cchc.propaganda;

import java.util.List;

/** A propaganda output refused, with every problem (what and where); nothing was written. */
class OutputRejected extends RuntimeException {

    private final List<String> problems;

    OutputRejected(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
