package vn.cchc.scoring;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The sheet's "save all" button and its draft autosave (htmx, sent a moment after the officer stops typing). Both take
 * the sheet's fields named by item ({@code points-12}, {@code note-12}, {@code evidenceExplanation-12}).
 */
@Controller
class SheetSavePages {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final SelfAssessmentSheet sheet;
    private final ScoringTexts texts;
    private final Clock clock;

    SheetSavePages(SelfAssessmentSheet sheet, ScoringTexts texts, Clock clock) {
        this.sheet = sheet;
        this.texts = texts;
        this.clock = clock;
    }

    @PostMapping("/scoring/assessments/{id}/self-all")
    String saveAll(@PathVariable long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        return Web.run(redirect, texts, "/scoring/assessments/" + id, "scoring.flash.savedAll",
                () -> sheet.saveAll(id, inputs(fields)));
    }

    /** The answer is the line the sheet shows beside its button: when the draft was saved, or why it was not. */
    @PostMapping("/scoring/assessments/{id}/draft")
    ResponseEntity<String> draft(@PathVariable long id, @RequestParam Map<String, String> fields) {
        String line;
        try {
            int changed = sheet.saveAll(id, inputs(fields));
            line = texts.get("scoring.sheetSave.draftSaved", LocalTime.now(clock).format(HOUR), String.valueOf(changed));
        } catch (ScoringException e) {
            line = texts.of(e) + (e.details().isEmpty() ? "" : " " + String.join(" ", e.details()));
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(HtmlUtils.htmlEscape(line, "UTF-8"));
    }

    static Map<Long, SelfAssessmentSheet.ItemInput> inputs(Map<String, String> fields) {
        Map<Long, String[]> byItem = new HashMap<>();
        fields.forEach((name, value) -> {
            int dash = name.lastIndexOf('-');
            if (dash < 0) {
                return;
            }
            int slot = switch (name.substring(0, dash)) {
                case "points" -> 0;
                case "note" -> 1;
                case "evidenceExplanation" -> 2;
                default -> -1;
            };
            if (slot < 0) {
                return;
            }
            try {
                byItem.computeIfAbsent(Long.parseLong(name.substring(dash + 1)), k -> new String[3])[slot] = value;
            } catch (NumberFormatException e) {
                // not a field of the sheet
            }
        });
        Map<Long, SelfAssessmentSheet.ItemInput> inputs = new HashMap<>();
        byItem.forEach((item, v) -> inputs.put(item, new SelfAssessmentSheet.ItemInput(v[0], v[1], v[2])));
        return inputs;
    }
}
