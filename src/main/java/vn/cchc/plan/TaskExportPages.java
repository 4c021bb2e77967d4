package vn.cchc.plan;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.security.CurrentUser;

import java.util.List;

/** Task lists as Excel or Word (official format): the board's filters, or "my tasks". */
@Controller
class TaskExportPages {

    private final TaskBoardFilter filters;
    private final Plans store;
    private final TaskExport export;

    TaskExportPages(TaskBoardFilter filters, Plans store, TaskExport export) {
        this.filters = filters;
        this.store = store;
        this.export = export;
    }

    @GetMapping({"/plans/tasks/export.xlsx", "/plans/tasks/export.docx"})
    ResponseEntity<byte[]> exportTasks(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long planId,
                                       @RequestParam(required = false) String area, @RequestParam(required = false) Long unitId,
                                       @RequestParam(required = false) TaskState state, @RequestParam(required = false) Integer window,
                                       @RequestParam(required = false) Boolean priority,
                                       @RequestParam(required = false) Boolean mine,
                                       jakarta.servlet.http.HttpServletRequest request) {
        TaskFilter f = Boolean.TRUE.equals(mine)
                ? new TaskFilter(null, null, null, List.of(CurrentUser.require().unitId()), null, null, null, null, null)
                : filters.of(year, planId, area, unitId, state, window, priority);
        List<TaskRow> rows = store.tasks(f);
        String title = planId != null ? store.plan(planId).map(p -> Plans.nz(p.number()) + " " + Plans.nz(p.title())).orElse("")
                : "CCHC";
        boolean docx = request.getRequestURI().endsWith(".docx");
        byte[] body = docx ? export.docx(title, rows) : export.xlsx(title, rows);
        String type = docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("nhiem-vu" + (docx ? ".docx" : ".xlsx")).build().toString())
                .body(body);
    }
}
