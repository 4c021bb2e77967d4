package vn.cchc.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of a questionnaire as it is shown and scored: sections in order, each with its items in order. */
record Questionnaire(long versionId, long questionnaireId, String code, String name, Kind kind, int number,
                     boolean frozen, List<Section> sections) {

    enum Kind { SIPAS, REFORM_INDEX }

    enum SectionKind { PROFILE, EXPERIENCE, ELEMENT, POLICY, NEEDS, COMMENT }

    record Section(long id, String code, String title, SectionKind kind, BigDecimal weight, List<Item> items) {
        public boolean scored() {
            return kind == SectionKind.ELEMENT;
        }
    }

    record Item(long id, String code, String text, Scale scale, List<String> choices, BigDecimal weight,
                String showIfItem, List<String> showIfValues, boolean breakdown) {

        /** Whether the skip rule shows this item, given the answers so far (item code → answer as typed). */
        boolean shownFor(Map<String, String> answers) {
            if (showIfItem == null) {
                return true;
            }
            String a = answers.get(showIfItem);
            return a != null && showIfValues.contains(a);
        }
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    Optional<Item> item(String itemCode) {
        return items().stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    Optional<Item> breakdownItem() {
        return items().stream().filter(Item::breakdown).findFirst();
    }
}
