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

    /** Teams and target units the plan form offers; a plan with more targets is sent through the API. */
    static final List<Integer> TEAM_ROWS = List.of(0, 1, 2, 3);
    static final List<Integer> TARGET_ROWS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

    record ParsedPlan(InspectionPlans.PlanForm form, int version, List<String> problems) {
    }

    /** The plan form: members are usernames, one a line or separated by commas, the first one leading the team. */
    ParsedPlan plan(MultiValueMap<String, String> p) {
        List<String> problems = new ArrayList<>();
        Integer year = whole(p.getFirst("year"), "Năm của kế hoạch kiểm tra", "2025", problems);
        InspectionKind kind = null;
        String kindName = p.getFirst("kind");
        if (kindName != null && !kindName.isBlank()) {
            try {
                kind = InspectionKind.valueOf(kindName.strip());
            } catch (IllegalArgumentException e) {
                problems.add("Loại kiểm tra: \"" + kindName.strip() + "\" không có trong danh sách.");
            }
        }
        List<InspectionPlans.TeamForm> teams = new ArrayList<>();
        for (int i : TEAM_ROWS) {
            String name = p.getFirst("teamName" + i);
            String members = p.getFirst("teamMembers" + i);
            List<String> usernames = members == null ? List.of()
                    : List.of(members.split("[,;\\s]+")).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
            if ((name != null && !name.isBlank()) || !usernames.isEmpty()) {
                teams.add(new InspectionPlans.TeamForm(name, usernames, usernames.isEmpty() ? null : usernames.get(0)));
            }
        }
        List<InspectionPlans.TargetForm> targets = new ArrayList<>();
        for (int i : TARGET_ROWS) {
            String unit = p.getFirst("targetUnit" + i);
            if (unit == null || unit.isBlank()) {
                continue;
            }
            Integer batch = whole(p.getFirst("targetBatch" + i), "Đơn vị được kiểm tra thứ " + (targets.size() + 1) + ", đợt",
                    "1", problems);
            String team = p.getFirst("targetTeam" + i);
            targets.add(new InspectionPlans.TargetForm(unit.strip(), batch, team == null || team.isBlank() ? null : team.strip()));
        }
        String schedule = p.getFirst("schedule");
        Integer version = whole(p.getFirst("version"), "Phiên bản", "1", problems);
        return new ParsedPlan(new InspectionPlans.PlanForm(year, kind, p.getFirst("title"),
                schedule == null || schedule.isBlank() ? null : schedule.strip(), teams, targets),
                version == null ? 0 : version, problems);
    }

    private static Integer whole(String text, String field, String example, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(field + ": \"" + text.strip() + "\" không phải số (viết như " + example + ").");
            return null;
        }
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
