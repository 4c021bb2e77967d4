package vn.cchc.survey;

import java.util.List;

/** Input refused with what is wrong and where, in Vietnamese; nothing was stored. */
class SurveyRefused extends RuntimeException {

    private final List<String> problems;

    SurveyRefused(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    SurveyRefused(String problem) {
        this(List.of(problem));
    }

    List<String> problems() {
        return problems;
    }
}
