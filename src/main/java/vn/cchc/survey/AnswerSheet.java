package vn.cchc.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one respondent, checked against the version they answer: a value on the item's scale, one of its
 * choices or a comment of at most 2,000 characters; an item the skip rules hide keeps no answer, an item left blank
 * is "no answer" (not a valid answer for the index). A refused sheet names each item and what is wrong.
 */
record AnswerSheet(RespondentGroup group, Map<Questionnaire.Item, String> answers) {

    static final int MAX_COMMENT = 2000;

    /** Item code → answer as typed (blank for none); the respondent group one of the campaign's. */
    static AnswerSheet check(Questionnaire q, Campaign c, String group, Map<String, String> typed) {
        List<String> problems = new ArrayList<>();
        RespondentGroup g = null;
        if (c.groups().size() == 1 && (group == null || group.isBlank())) {
            g = c.groups().get(0);
        } else {
            try {
                g = RespondentGroup.valueOf(group == null ? "" : group.strip());
                if (!c.groups().contains(g)) {
                    problems.add("Đối tượng trả lời: không thuộc đợt khảo sát này.");
                }
            } catch (IllegalArgumentException e) {
                problems.add("Đối tượng trả lời: chưa chọn.");
            }
        }
        Map<String, String> given = new LinkedHashMap<>();
        typed.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                given.put(k, v.strip());
            }
        });
        Map<Questionnaire.Item, String> answers = new LinkedHashMap<>();
        for (Questionnaire.Item item : q.items()) {
            String a = given.get(item.code());
            if (a == null || !item.shownFor(given)) {
                continue;
            }
            String where = "Câu " + item.code() + " (" + item.text() + ")";
            switch (item.scale()) {
                case SATISFACTION5, NEED4 -> {
                    if (!a.matches("[1-9]") || Integer.parseInt(a) > item.scale().points()) {
                        problems.add(where + ": \"" + a + "\" không có trên thang điểm 1–" + item.scale().points() + ".");
                        continue;
                    }
                }
                case CHOICE -> {
                    if (!item.choices().contains(a)) {
                        problems.add(where + ": \"" + a + "\" không phải một lựa chọn của câu hỏi.");
                        continue;
                    }
                }
                case TEXT -> {
                    if (a.length() > MAX_COMMENT) {
                        problems.add(where + ": dài quá " + vn.cchc.vietnamese.VietnameseNumbers.format(MAX_COMMENT) + " ký tự.");
                        continue;
                    }
                }
            }
            answers.put(item, a);
        }
        if (problems.isEmpty() && answers.keySet().stream().noneMatch(i -> i.scale() == Scale.SATISFACTION5)) {
            problems.add("Phiếu chưa có câu trả lời nào về mức độ hài lòng.");
        }
        if (!problems.isEmpty()) {
            throw new SurveyRefused(problems);
        }
        return new AnswerSheet(g, answers);
    }

    /** Item code → answer, the form the double entry compares and keeps. */
    Map<String, String> byCode() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(GROUP, group.name());
        answers.forEach((i, a) -> out.put(i.code(), a));
        return out;
    }

    static final String GROUP = "_group";
}
