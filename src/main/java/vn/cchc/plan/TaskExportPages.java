package vn.cchc.plan;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.page.Attachment;
import vn.cchc.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Task lists as Excel or Word (official format): the board's filters, or "my tasks". The title and the file name say
 * what and as of when: the plan's number, or the unit whose tasks they are, and today's date.
 */
@Controller
class TaskExportPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final TaskBoardFilter filters;
    private final Plans store;
    private final TaskExport export;
    private final Directory directory;
    private final Clock clock;

    TaskExportPages(TaskBoardFilter filters, Plans store, TaskExport export, Directory directory, Clock clock) {
        this.filters = filters;
        this.store = store;
        this.export = export;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping({"/plans/tasks/export.xlsx", "/plans/tasks/export.docx"})
    ResponseEntity<byte[]> exportTasks(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                                       @RequestParam(required = false) String area, @RequestParam(required = false) Long unitId,
                                       @RequestParam(required = false) TaskState state, @RequestParam(required = false) Integer window,
                                       @RequestParam(required = false) Boolean priority,
                                       @RequestParam(required = false) Boolean mine,
                                       jakarta.servlet.http.HttpServletRequest request) {
        boolean own = Boolean.TRUE.equals(mine);
        TaskFilter f = own
                ? new TaskFilter(null, null, null, List.of(CurrentUser.require().unitId()), null, null, null, null, null)
                : filters.of(year, planId, area, unitId, state, window, priority);
        List<TaskRow> rows = store.tasks(f);
        UnitRef unit = own ? directory.findById(CurrentUser.require().unitId()).orElse(null)
                : unitId == null ? null : directory.findById(unitId).orElse(null);
        PlanSummary plan = planId == null ? null : store.plan(planId).orElse(null);
        String title = export.title(plan, unit, year);
        boolean docx = request.getRequestURI().endsWith(".docx");
        byte[] body = docx ? export.docx(title, own && unit != null ? unit.name() : null, rows) : export.xlsx(title, rows);
        String type = docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment(fileName(plan, unit, year), docx ? "docx" : "xlsx").header())
                .body(body);
    }

    /** "nhiệm vụ 02/KH-BCĐ 2024 đến 31-12-2024", "nhiệm vụ Sở Tư pháp đến 02-12-2026". */
    private String fileName(PlanSummary plan, UnitRef unit, Integer year) {
        StringBuilder name = new StringBuilder(export.msg("plan.export.fileName"));
        if (plan != null) {
            name.append(' ').append(Plans.nz(plan.number()));
            if (plan.year() != null && !Plans.nz(plan.number()).contains(String.valueOf(plan.year()))) {
                name.append(' ').append(plan.year());
            }
        } else if (year != null) {
            name.append(' ').append(year);
        }
        if (unit != null) {
            name.append(' ').append(unit.name());
        }
        return name.append(' ').append(export.msg("plan.export.fileAsOf")).append(' ')
                .append(LocalDate.now(clock).format(DAY)).toString();
    }
}
