package vn.cchc.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitNotFound;
import vn.cchc.directory.UnitRef;
import vn.cchc.indicator.Measure;
import vn.cchc.indicator.Period;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Dossier records over HTTP (Basic auth): streamed ingest, statistics, late and overdue lists. */
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Hồ sơ TTHC", description = "Nhập dữ liệu hồ sơ thủ tục hành chính, thống kê, danh sách hồ sơ trễ hạn")
class DossierApi {

    private final DossierIngest ingest;
    private final DossierStats stats;
    private final Directory directory;
    private final MessageSource messages;
    private final Clock clock;

    private final DossierChanges changes;

    DossierApi(DossierIngest ingest, DossierStats stats, Directory directory, MessageSource messages,
               DossierChanges changes, Clock clock) {
        this.clock = clock;
        this.ingest = ingest;
        this.changes = changes;
        this.stats = stats;
        this.directory = directory;
        this.messages = messages;
    }

    @PostMapping(path = "/ingest", consumes = {"text/csv", "application/x-ndjson", "application/jsonl",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE, vn.cchc.spreadsheet.WorkbookWriter.CONTENT_TYPE})
    @Operation(summary = "Nhập tệp hồ sơ (CSV, JSON lines hoặc Excel .xlsx)",
            description = "Thân yêu cầu là nội dung tệp, đọc theo luồng. CSV phân cách bằng dấu phẩy, dòng đầu là tên cột; "
                    + "JSON lines: mỗi dòng một đối tượng. Mã hóa UTF-8 (có hoặc không BOM) hoặc Windows-1258. "
                    + "Tất cả hoặc không: có dòng lỗi thì không lưu gì và trả về 422 kèm danh sách lỗi theo số dòng. "
                    + "Gửi lại mã hồ sơ đã có thì cập nhật hồ sơ đó.")
    IngestResult ingest(@Parameter(description = "tên tệp, ví dụ hoso-2025-q1.csv") @RequestParam(required = false) String name,
                        HttpServletRequest request) throws IOException {
        IngestResult result;
        try (InputStream in = request.getInputStream()) {
            result = ingest.ingest(name, DossierFormat.of(name, request.getContentType()), in, null);
        }
        if (!result.accepted()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    text("dossier.ingest.rejected", name == null ? "" : name, result.errorCount()));
            problem.setTitle(text("dossier.ingest.problemTitle"));
            problem.setProperty("ingestId", result.id());
            problem.setProperty("errors", result.errors());
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
        }
        return result;
    }

    record Stats(String period, String unit, Counts counts, Map<String, Measure> indicators) {
    }

    @GetMapping("/stats")
    @Operation(summary = "Thống kê hồ sơ của một đơn vị hoặc toàn tỉnh trong kỳ",
            description = "Kỳ: 2025-M03, 2025-Q1, 2025-H1, 2025-N9, 2025. Không có unit: toàn tỉnh (cộng tử số và mẫu số).")
    Stats stats(@RequestParam String period, @RequestParam(required = false) String unit) {
        Period p = DossierPages.period(period, LocalDate.now(clock));
        Counts c;
        if (unit == null || unit.isBlank()) {
            c = stats.province(p);
        } else {
            UnitRef u = directory.findByCode(unit).orElseThrow(() -> new UnitNotFound(unit));
            c = stats.byUnit(p).getOrDefault(u.id(), Counts.ZERO);
        }
        return new Stats(p.key(), unit, c, c.measures());
    }

    @GetMapping("/lists/{kind}")
    @Operation(summary = "Danh sách hồ sơ trễ hạn, quá hạn, trễ hạn chưa xin lỗi",
            description = "LATE: hoàn thành trễ hạn trong kỳ; OVERDUE: chưa giải quyết, đã quá hạn tại cuối kỳ; "
                    + "NO_APOLOGY: trễ hạn hoặc quá hạn mà chưa có văn bản xin lỗi.")
    List<DossierStats.DossierLine> list(@PathVariable DossierStats.ListKind kind, @RequestParam String period,
                                        @RequestParam(required = false) String unit,
                                        @RequestParam(defaultValue = "500") int limit) {
        Period p = DossierPages.period(period, LocalDate.now(clock));
        Long unitId = unit == null || unit.isBlank() ? null
                : directory.findByCode(unit).orElseThrow(() -> new UnitNotFound(unit)).id();
        return stats.list(kind, p, unitId, Math.min(Math.max(limit, 1), 10_000));
    }

    @GetMapping("/history")
    @Operation(summary = "Lịch sử thay đổi của một hồ sơ",
            description = "Mỗi lần một tệp thay đổi hồ sơ đã có: người gửi, tệp, thời điểm, dòng, và từng cột trước và sau. "
                    + "Sở Nội vụ và quản trị xem mọi hồ sơ; cán bộ đơn vị xem hồ sơ của đơn vị mình.")
    DossierChanges.History history(@Parameter(description = "mã hồ sơ, ví dụ H40.22-250115-0001") @RequestParam String code) {
        return changes.historyFor(code);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
