package vn.cchc.plan.parse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every phrase of corpus/deadlines.json, read from the sentence it was found in, as the corpus reads it. */
class CorpusDeadlinePhrasesTest {

    @Test
    void everyDeadlinePhraseOfTheRealCorpusIsReadAsTheCorpusReadsIt() throws Exception {
        JsonNode phrases = JsonMapper.builder().build().readTree(CorpusHeaderAccuracyTest.resource("deadlines.json"))
                .get("deadlines");
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : phrases) {
            String phrase = p.get("phrase").asString();
            ParsedDeadline read = DeadlineParser.inSentence(phrase, p.get("plan_year").asInt());
            DeadlineKind expected = switch (p.get("kind").asString()) {
                case "DATE", "PERIOD" -> DeadlineKind.DATED;
                case "RECURRING+ON_DEMAND" -> DeadlineKind.RECURRING;
                case "EFFECTIVE_ON_SIGNING" -> DeadlineKind.UNSPECIFIED;
                default -> DeadlineKind.valueOf(p.get("kind").asString());
            };
            boolean right = read.kind() == expected;
            if (p.has("due")) {
                LocalDate due = LocalDate.parse(p.get("due").asString());
                right &= !read.milestones().isEmpty() && read.milestones().get(read.milestones().size() - 1).due().equals(due);
            }
            if (p.has("frequency")) {
                Recurrence recurrence = switch (p.get("frequency").get(0).asString()) {
                    case "SEMIANNUAL" -> Recurrence.HALF_YEARLY;
                    default -> Recurrence.valueOf(p.get("frequency").get(0).asString());
                };
                right &= read.recurrence() == recurrence;
            }
            if (!right) {
                wrong.add(phrase + " → " + read.kind() + " " + read.milestones() + " " + read.recurrence());
            }
        }
        assertThat(phrases.size()).isGreaterThanOrEqualTo(14);
        assertThat(wrong).as("phrases read differently from the corpus").isEmpty();
    }
}
