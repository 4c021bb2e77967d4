package vn.cchc.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitNotFound;
import vn.cchc.directory.UnitRef;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indicators over HTTP (Basic auth): catalogue, targets, reporting forms and their workflow, heatmap, board. */
@RestController
@RequestMapping(path = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Chỉ tiêu", description = "Danh mục chỉ tiêu, chỉ tiêu kế hoạch, báo cáo định kỳ của đơn vị, mức độ đạt")
class IndicatorApi {

    private final Catalogue catalogue;
    private final Reports reports;
    private final ReportingBoard boards;
    private final Achievements achievements;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    IndicatorApi(Catalogue catalogue, Reports reports, ReportingBoard boards, Achievements achievements, Directory directory,
                 MessageSource messages, Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.reports = reports;
        this.boards = boards;
        this.achievements = achievements;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Danh mục chỉ tiêu", description = "Mã, tên, định nghĩa, cách đo, chiều tốt, cách tổng hợp, kỳ, nguồn; "
            + "các chỉ số Quyết định 766 kèm điểm tối đa và ngưỡng.")
    List<Indicator> list() {
        return catalogue.all();
    }

    @GetMapping("/targets")
    @Operation(summary = "Chỉ tiêu theo năm", description = "Theo năm, cho mọi đơn vị, một loại đơn vị hoặc một đơn vị.")
    List<Target> targets() {
        return catalogue.targets();
    }

    @PostMapping(path = "/targets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tạo hoặc thay chỉ tiêu", description = "Chỉ cơ quan thường trực hoặc quản trị.")
    Target saveTarget(@RequestBody Catalogue.TargetForm form) {
        return catalogue.saveTarget(form);
    }

    /** What a client sends for one indicator. */
    record EntryBody(BigDecimal numerator, BigDecimal denominator, String comment) {
    }

    record ReturnBody(String reason) {
    }

    record FormBody(String unit, String period, ReportStatus status, String dueOn, boolean locked, boolean submittedOnTime,
                    List<FormRowBody> rows, List<String> warnings) {
    }

    record FormRowBody(String code, String name, BigDecimal numerator, BigDecimal denominator, String comment,
                       BigDecimal value, String target, Achievement achievement) {
    }

    @GetMapping("/reports/{unitCode}/{period}")
    @Operation(summary = "Biểu báo cáo của một đơn vị trong một kỳ",
            description = "Kỳ: 2025-Q1, 2025-H1, 2025-N9, 2025, 2025-M03.")
    FormBody form(@PathVariable String unitCode, @PathVariable @Parameter(description = "ví dụ 2025-Q3") String period) {
        return body(reports.form(unit(unitCode), period(period)));
    }

    @PutMapping(path = "/reports/{unitCode}/{period}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lưu nháp", description = "Chỉ cán bộ của đơn vị; kiểm tra tử số ≤ mẫu số, không âm. Sau hạn thì khóa.")
    FormBody save(@PathVariable String unitCode, @PathVariable String period, @RequestBody Map<String, EntryBody> values) {
        return body(reports.save(unit(unitCode), period(period), entries(values)));
    }

    @PostMapping(path = "/reports/{unitCode}/{period}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Gửi báo cáo", description = "Bắt buộc đủ mọi chỉ tiêu; có giải trình khi không đạt chỉ tiêu.")
    FormBody submit(@PathVariable String unitCode, @PathVariable String period, @RequestBody Map<String, EntryBody> values) {
        return body(reports.submit(unit(unitCode), period(period), entries(values)));
    }

    @PostMapping("/reports/{unitCode}/{period}/approve")
    @Operation(summary = "Duyệt báo cáo", description = "Cơ quan thường trực; dữ liệu đã duyệt bị khóa.")
    FormBody approve(@PathVariable String unitCode, @PathVariable String period) {
        return body(reports.approve(unit(unitCode), period(period)));
    }

    @PostMapping(path = "/reports/{unitCode}/{period}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Trả lại báo cáo", description = "Cơ quan thường trực; bắt buộc nêu lý do.")
    FormBody returnForCorrection(@PathVariable String unitCode, @PathVariable String period, @RequestBody ReturnBody body) {
        return body(reports.returnForCorrection(unit(unitCode), period(period), body.reason()));
    }

    @GetMapping("/board")
    @Operation(summary = "Tình hình gửi báo cáo", description = "Số đơn vị phải báo cáo, đã gửi, gửi đúng hạn, đã duyệt.")
    ReportingBoard.Board board(@RequestParam String period) {
        return boards.board(period(period));
    }

    record HeatCell(String code, BigDecimal value, String target, Achievement achievement) {
    }

    record HeatRow(String unitCode, String unitName, List<HeatCell> cells, BigDecimal score766, String band) {
    }

    @GetMapping("/heatmap")
    @Operation(summary = "Mức độ đạt chỉ tiêu của các đơn vị trong kỳ",
            description = "Dòng đầu là toàn tỉnh (cộng tử số và mẫu số của các đơn vị).")
    List<HeatRow> heatmap(@RequestParam String period) {
        Achievements.Heatmap h = achievements.heatmap(period(period), false);
        List<HeatRow> rows = new ArrayList<>();
        rows.add(heat(h.province()));
        h.rows().forEach(r -> rows.add(heat(r)));
        return rows;
    }

    private static HeatRow heat(Achievements.Row r) {
        return new HeatRow(r.unit() == null ? null : r.unit().code(), r.unit() == null ? null : r.unit().name(),
                r.cells().stream().map(c -> new HeatCell(c.indicator().code(), c.value(),
                        c.target() == null ? null : c.target().label(), c.achievement())).toList(),
                r.score().scaled(), r.score().band());
    }

    @ExceptionHandler(FormRejected.class)
    ProblemDetail rejected(FormRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                text(e.key(), e.args()));
        problem.setTitle(text("indicator.error.formRejected.title", null));
        List<Map<String, String>> errors = new ArrayList<>();
        for (Problem p : e.errors()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("indicator", p.indicatorCode());
            m.put("message", text(p.key(), p.args()));
            errors.add(m);
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    private FormBody body(ReportForm f) {
        return new FormBody(f.unit().code(), f.period().key(), f.status(), f.dueOn().toString(), f.locked(),
                f.submittedOnTime(),
                f.rows().stream().map(r -> new FormRowBody(r.indicator().code(), r.indicator().name(), r.numerator(),
                        r.denominator(), r.comment(), r.value(), r.target() == null ? null : r.target().label(),
                        r.achievement())).toList(),
                reports.warnings(f).stream().map(p -> text(p.key(), p.args())).toList());
    }

    private static Map<String, Entry> entries(Map<String, EntryBody> values) {
        Map<String, Entry> m = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> m.put(k, v == null ? new Entry(null, null, null)
                    : new Entry(v.numerator(), v.denominator(), v.comment())));
        }
        return m;
    }

    private UnitRef unit(String code) {
        return directory.findByCode(code).orElseThrow(() -> new UnitNotFound(code));
    }

    private Period period(String key) {
        return IndicatorPages.period(key, PeriodType.QUARTER, LocalDate.now(clock));
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
