package vn.cchc.plan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.plan.parse.DeadlineKind;
import vn.cchc.plan.parse.DeadlineParser;
import vn.cchc.plan.parse.ParsedDeadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way other modules turn a conclusion notice into work that is followed like any plan's: an inspection's
 * recommendations or a steering-committee meeting's conclusions become the tasks of a plan of their own kind,
 * published at once to the responsible units, so the board, my tasks, overdue counts and reminders see them as they
 * see every task. Publishing the same notice again updates its plan in place (the plan's identity is the notice's
 * number, issuer and date).
 */
@Service
public class FollowUpPlans {

    /** Where a follow-up plan comes from; stored in {@code plan.kind}. */
    public enum Kind { INSPECTION_CONCLUSION, MEETING_CONCLUSION }

    /**
     * One piece of work: the words, the reform area ({@code ReformArea} name, OTHER when null), the responsible
     * units (ids from the directory, with the name the notice prints) and the deadline as written.
     */
    public record Item(String content, String area, List<Long> unitIds, List<String> unitNames, String deadlineText) {
        public Item {
            unitIds = List.copyOf(unitIds);
            unitNames = List.copyOf(unitNames);
        }
    }

    /** A conclusion notice: its number, issuer and date, the year its deadlines are read in, the title. */
    public record Notice(Kind kind, String number, String issuer, LocalDate date, String title, List<Item> items) {
        public Notice {
            items = List.copyOf(items);
        }
    }

    /**
     * The plan and its tasks in item order, with each item's warning (a deadline that does not parse is kept as
     * words and the task has no due date), null where none.
     */
    public record Published(long planId, List<Long> taskIds, List<String> warnings) {
    }

    /** How a follow-up task stands for one responsible unit, as the board derives it. */
    public record UnitTask(long taskId, long unitId, LocalDate due, LocalDate completedOn, TaskState state) {
    }

    private final PlanPublication publication;
    private final Plans store;
    private final JdbcClient jdbc;

    FollowUpPlans(PlanPublication publication, Plans store, JdbcClient jdbc) {
        this.publication = publication;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The due dates a deadline phrase gives in the notice's year, as the plan reader reads it; none when it does not parse. */
    public static List<LocalDate> dues(String text, int year) {
        return DeadlineParser.parse(text, year).milestones().stream().map(vn.cchc.plan.parse.Milestone::due).toList();
    }

    /** Whether the name is a reform area the plans know ({@code ReformArea}), such as PROCEDURES or DIGITAL_GOVERNMENT. */
    public static boolean isReformArea(String name) {
        return java.util.Arrays.stream(vn.cchc.plan.parse.ReformArea.values()).anyMatch(a -> a.name().equals(name));
    }

    /** The reform areas' names in the plans' order, for the pick lists of the notices' forms. */
    public static List<String> reformAreas() {
        return java.util.Arrays.stream(vn.cchc.plan.parse.ReformArea.values()).map(Enum::name).toList();
    }

    /** Inside the caller's transaction: the notice's record and its plan are written together or not at all. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Published publish(Notice notice) {
        int year = notice.date().getYear();
        List<PlanDraft.Task> tasks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int n = 0;
        for (Item item : notice.items()) {
            if (item.unitIds().isEmpty()) {
                throw new IllegalArgumentException("item " + (n + 1) + " has no responsible unit");
            }
            List<PlanDraft.Agency> lead = new ArrayList<>();
            for (int i = 0; i < item.unitIds().size(); i++) {
                lead.add(new PlanDraft.Agency(item.unitNames().get(i), item.unitIds().get(i)));
            }
            ParsedDeadline d = DeadlineParser.parse(item.deadlineText(), year);
            String warning = item.deadlineText() != null && !item.deadlineText().isBlank() && !d.understood()
                    ? "Không đọc được thời hạn \"" + item.deadlineText().strip() + "\": giữ nguyên văn, nhiệm vụ chưa có hạn."
                    : null;
            warnings.add(warning);
            tasks.add(new PlanDraft.Task(null, String.valueOf(++n), item.area() == null ? "OTHER" : item.area(),
                    item.content(), null, lead, List.of(), PlanDraft.blankToNull(item.deadlineText()),
                    d.understood() ? d.kind().name() : DeadlineKind.UNSPECIFIED.name(), PlanDraft.dues(d),
                    d.recurrence() == null ? null : d.recurrence().name(), null, null, false,
                    warning == null ? List.of() : List.of(warning)));
        }
        PlanDraft draft = new PlanDraft(notice.number(), "OFFICIAL_LETTER", notice.title(), notice.issuer(), null,
                notice.date(), null, null, year, null, null, null, List.of(), List.of(), tasks, List.of(), null);
        long planId = publication.publish(draft, false).planId();
        jdbc.sql("update plan set kind = ? where id = ? and kind <> ?")
                .params(notice.kind().name(), planId, notice.kind().name()).update();
        List<Long> taskIds = jdbc.sql("select id from plan_task where plan_id = ? order by position")
                .param(planId).query(Long.class).list();
        return new Published(planId, taskIds, warnings);
    }

    /** Each responsible unit's part of the plan's tasks, as it stands on {@code asOf}. */
    @Transactional(readOnly = true)
    public List<UnitTask> unitTasks(long planId, LocalDate asOf) {
        List<UnitTask> out = new ArrayList<>();
        for (TaskRow t : store.tasks(TaskFilter.ofPlan(planId), asOf)) {
            for (TaskRow.UnitProgress u : t.units()) {
                out.add(new UnitTask(t.id(), u.unitId(), t.due(), u.completedOn(), u.state()));
            }
        }
        return out;
    }
}
