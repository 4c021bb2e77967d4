package vn.cchc.inspection;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import vn.cchc.vietnamese.NotVietnameseDate;
import vn.cchc.vietnamese.VietnameseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the record and meeting forms post, read into the services' forms. Rows left blank are not rows; a date that
 * is not one is said with the field's name. Everything else (what is required, which unit, which deadline) is the
 * services' to judge.
 */
@Component
class InspectionForms {

    /** Rows of findings, recommendations and conclusions each form offers (a notice rarely has more; more: send again). */
    static final List<Integer> ROWS = List.of(0, 1, 2, 3, 4);

    record Parsed(Inspections.InspectionForm form, List<String> problems) {
    }

    record ParsedMeeting(Meetings.MeetingForm form, List<String> problems) {
    }

    Parsed inspection(MultiValueMap<String, String> p) {
        List<String> problems = new ArrayList<>();
        Long planId = null;
        String plan = p.getFirst("planId");
        if (plan != null && !plan.isBlank()) {
            try {
                planId = Long.valueOf(plan.strip());
            } catch (NumberFormatException e) {
                problems.add("Kế hoạch kiểm tra: \"" + plan.strip() + "\" không phải kế hoạch trong danh sách.");
            }
        }
        InspectionKind kind = null;
        String kindName = p.getFirst("kind");
        if (kindName != null && !kindName.isBlank()) {
            try {
                kind = InspectionKind.valueOf(kindName.strip());
            } catch (IllegalArgumentException e) {
                problems.add("Loại kiểm tra: \"" + kindName.strip() + "\" không có trong danh sách.");
            }
        }
        List<Inspections.FindingForm> findings = new ArrayList<>();
        List<Inspections.RecommendationForm> recommendations = new ArrayList<>();
        for (int i : ROWS) {
            String text = p.getFirst("findingText" + i);
            if (text != null && !text.isBlank()) {
                findings.add(new Inspections.FindingForm(p.getFirst("findingArea" + i), text));
            }
            String content = p.getFirst("recContent" + i);
            String unit = p.getFirst("recUnit" + i);
            if ((content != null && !content.isBlank()) || (unit != null && !unit.isBlank())) {
                recommendations.add(new Inspections.RecommendationForm(content, p.getFirst("recArea" + i),
                        unit == null || unit.isBlank() ? List.of() : List.of(unit), null, p.getFirst("recDeadline" + i)));
            }
        }
        Inspections.InspectionForm form = new Inspections.InspectionForm(planId, kind, "on".equals(p.getFirst("surprise")),
                p.getFirst("unitCode"), date(p.getFirst("inspectedOn"), "Ngày kiểm tra", problems), p.getFirst("team"),
                p.getFirst("noticeNumber"), date(p.getFirst("noticeDate"), "Ngày thông báo kết luận", problems),
                findings, recommendations);
        return new Parsed(form, problems);
    }

    ParsedMeeting meeting(MultiValueMap<String, String> p) {
        List<String> problems = new ArrayList<>();
        List<Meetings.ConclusionForm> conclusions = new ArrayList<>();
        for (int i : ROWS) {
            String content = p.getFirst("conContent" + i);
            String unit = p.getFirst("conUnit" + i);
            if ((content != null && !content.isBlank()) || (unit != null && !unit.isBlank())) {
                conclusions.add(new Meetings.ConclusionForm(content, p.getFirst("conArea" + i),
                        unit == null || unit.isBlank() ? List.of() : List.of(unit), null, p.getFirst("conDeadline" + i)));
            }
        }
        String attendees = p.getFirst("attendees");
        List<String> people = attendees == null ? List.of()
                : attendees.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Meetings.MeetingForm form = new Meetings.MeetingForm(date(p.getFirst("heldOn"), "Ngày họp", problems),
                p.getFirst("chair"), people, p.getFirst("noticeNumber"),
                date(p.getFirst("noticeDate"), "Ngày thông báo kết luận", problems), conclusions);
        return new ParsedMeeting(form, problems);
    }

    private static LocalDate date(String text, String field, List<String> problems) {
        try {
            return VietnameseDates.parse(text);
        } catch (NotVietnameseDate e) {
            problems.add(field + ": \"" + text.strip() + "\" không phải ngày (viết như 14/03/2025).");
            return null;
        }
    }
}
