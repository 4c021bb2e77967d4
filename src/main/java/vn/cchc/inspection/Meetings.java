package vn.cchc.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.audit.AuditLog;
import vn.cchc.plan.FollowUpPlans;
import vn.cchc.security.CurrentUser;
import vn.cchc.security.UnitAccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of a steering-committee meeting and its conclusions. A conclusion that names units (picked, or typed
 * and resolved through the directory) assigns them work: each becomes a task of the meeting's follow-up plan for
 * every named unit, written with the record in one transaction. Only the standing agency (the committee's
 * secretariat) records; the same record sent twice is stored once.
 */
@Service
class Meetings {

    record ConclusionForm(String content, String area, List<String> unitCodes, String units, String deadline)
            implements Conclusions.Point {
        ConclusionForm {
            unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        }

        boolean assignsWork() {
            return !unitCodes.isEmpty() || (units != null && !units.isBlank());
        }
    }

    record MeetingForm(LocalDate heldOn, String chair, List<String> attendees, String noticeNumber, LocalDate noticeDate,
                       List<ConclusionForm> conclusions) {
        MeetingForm {
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
            conclusions = conclusions == null ? List.of() : List.copyOf(conclusions);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UnitAccess access;
    private final Conclusions conclusions;
    private final FollowUpPlans followUps;
    private final java.time.Clock clock;

    Meetings(JdbcClient jdbc, AuditLog audit, UnitAccess access, Conclusions conclusions, FollowUpPlans followUps,
             java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.conclusions = conclusions;
        this.followUps = followUps;
    }

    @Transactional
    public Conclusions.Recorded record(MeetingForm form) {
        if (!access.isStandingAgency()) {
            throw new AccessDeniedException("Chỉ cơ quan thường trực ghi nhận kết luận cuộc họp Ban Chỉ đạo.");
        }
        List<String> problems = new ArrayList<>();
        if (form.heldOn() == null) {
            problems.add("Ngày họp: chưa có.");
        }
        if (form.chair() == null || form.chair().isBlank()) {
            problems.add("Người chủ trì: chưa có.");
        }
        conclusions.checkNotice(form.noticeNumber(), form.noticeDate(), problems);
        if (form.conclusions().isEmpty()) {
            problems.add("Kết luận cuộc họp: chưa có nội dung nào.");
        }
        LocalDate on = form.noticeDate() != null ? form.noticeDate() : form.heldOn();
        List<FollowUpPlans.Item> items = new ArrayList<>();
        List<Integer> itemOf = new ArrayList<>();
        for (int i = 0; i < form.conclusions().size(); i++) {
            ConclusionForm c = form.conclusions().get(i);
            String where = "Kết luận thứ " + (i + 1);
            if (c.assignsWork()) {
                itemOf.add(items.size());
                items.add(conclusions.item(c, where, on, problems));
            } else {
                if (c.content() == null || c.content().isBlank()) {
                    problems.add(where + ": chưa có nội dung.");
                }
                Conclusions.area(c.area(), where, problems);
                itemOf.add(null);
            }
        }
        if (!problems.isEmpty()) {
            throw new InspectionRejected(problems);
        }
        String number = form.noticeNumber().strip();
        String fingerprint = Fingerprint.of(form);
        Optional<Conclusions.Recorded> before = conclusions.recordedBefore(Conclusions.Store.MEETING, number, fingerprint);
        if (before.isPresent()) {
            return before.get();
        }
        FollowUpPlans.Published plan = conclusions.publish(FollowUpPlans.Kind.MEETING_CONCLUSION, number,
                "Ban Chỉ đạo cải cách hành chính tỉnh", form.noticeDate(),
                "Kết luận cuộc họp Ban Chỉ đạo cải cách hành chính tỉnh ngày " + form.heldOn(), items);
        long id = jdbc.sql("""
                        insert into steering_meeting (held_on, chair, attendees, notice_number, notice_date, follow_up_plan_id,
                            fingerprint, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(form.heldOn(), form.chair().strip(), String.join("\n", form.attendees()), number, form.noticeDate(),
                        plan == null ? null : plan.planId(), fingerprint, CurrentUser.require().username())
                .query(Long.class).single();
        List<Long> taskIds = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < form.conclusions().size(); i++) {
            ConclusionForm c = form.conclusions().get(i);
            Integer item = itemOf.get(i);
            Long task = item == null ? null : plan.taskIds().get(item);
            String warning = item == null ? null : plan.warnings().get(item);
            taskIds.add(task);
            warnings.add(warning);
            jdbc.sql("""
                            insert into meeting_conclusion (meeting_id, position, content, area, unit_names, deadline_text, warning, task_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i, c.content().strip(), Conclusions.area(c.area(), "", new ArrayList<>()),
                            item == null ? null : String.join(", ", items.get(item).unitNames()), c.deadline(), warning, task)
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("held_on", form.heldOn().toString());
        after.put("chair", form.chair().strip());
        after.put("attendees", form.attendees());
        after.put("notice_number", number);
        after.put("conclusions", form.conclusions().stream().map(ConclusionForm::content).toList());
        after.put("follow_up_plan_id", plan == null ? null : plan.planId());
        audit.created("steering_meeting", id, after, "Ghi nhận kết luận cuộc họp Ban Chỉ đạo ngày " + form.heldOn() + " (" + number + ")");
        return new Conclusions.Recorded(id, true, plan == null ? null : plan.planId(), taskIds, warnings);
    }

    /** Whether the signed-in user's unit is given work by one of the meeting's conclusions. */
    boolean concerns(long meetingId, UnitAccess access) {
        List<Long> planId = jdbc.sql("select follow_up_plan_id from steering_meeting where id = ? and follow_up_plan_id is not null")
                .param(meetingId).query(Long.class).list();
        return !planId.isEmpty() && followUps.unitTasks(planId.get(0), LocalDate.now(clock)).stream()
                .anyMatch(t -> access.canReadUnsubmitted(t.unitId()));
    }
}
