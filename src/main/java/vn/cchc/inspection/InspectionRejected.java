package vn.cchc.inspection;

import java.util.List;

/** An inspection plan or record refused as a whole, with every problem found (what and where); nothing was written. */
class InspectionRejected extends RuntimeException {

    private final List<String> problems;

    InspectionRejected(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
