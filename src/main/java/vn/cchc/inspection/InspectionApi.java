package vn.cchc.inspection;

import vn.cchc.page.Attachment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.directory.Directory;
import vn.cchc.directory.UnitRef;
import vn.cchc.document.OfficialDocx;
import vn.cchc.document.OfficialFormat;
import vn.cchc.document.OfficialPdf;
import vn.cchc.security.UnitAccess;

import java.time.LocalDate;
import java.util.List;

/** Inspection plans, inspection records and their conclusion notices, and the counts the reports use (HTTP Basic). */
@RestController
@RequestMapping(path = "/api/v1/inspections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Kiểm tra CCHC", description = "Kế hoạch kiểm tra, kết quả kiểm tra, kiến nghị thành nhiệm vụ theo dõi, thông báo kết luận")
class InspectionApi {

    private final InspectionPlans plans;
    private final Inspections inspections;
    private final InspectionNotices notices;
    private final InspectionCounts counts;
    private final Directory directory;
    private final UnitAccess access;

    InspectionApi(InspectionPlans plans, Inspections inspections, InspectionNotices notices, InspectionCounts counts,
                  Directory directory, UnitAccess access) {
        this.plans = plans;
        this.inspections = inspections;
        this.notices = notices;
        this.counts = counts;
        this.directory = directory;
        this.access = access;
    }

    @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lập kế hoạch kiểm tra của năm",
            description = "Loại, các đợt (\"Đợt 1 tháng 6 - Đợt 2 tháng 12\"), các đoàn và thành viên, đơn vị được kiểm tra. "
                    + "Chỉ cơ quan thường trực. Gửi lại đúng nội dung cũ: không đổi gì.")
    InspectionPlans.Saved plan(@RequestBody InspectionPlans.PlanForm form) {
        return plans.create(form);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ghi nhận kết quả kiểm tra một đơn vị",
            description = "Kết quả theo lĩnh vực và các kiến nghị (đơn vị chịu trách nhiệm, thời hạn); mỗi kiến nghị thành một "
                    + "nhiệm vụ theo dõi của đơn vị. Thời hạn không đọc được: giữ nguyên văn, có cảnh báo.")
    InspectionRecorded record(@RequestBody Inspections.InspectionForm form) {
        Conclusions.Recorded r = inspections.record(form);
        return new InspectionRecorded(r.id(), r.created(), r.followUpPlanId(), r.taskIds(), r.warnings());
    }

    record InspectionRecorded(long id, boolean created, Long followUpPlanId, List<Long> taskIds, List<String> warnings) {
    }

    @GetMapping(path = "/{id}/notice.docx", produces = OfficialDocx.CONTENT_TYPE)
    @Operation(summary = "Thông báo kết luận kiểm tra (Word, thể thức Nghị định 30)")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        return notice(id, OfficialFormat.DOCX);
    }

    @GetMapping(path = "/{id}/notice.pdf", produces = OfficialPdf.CONTENT_TYPE)
    @Operation(summary = "Thông báo kết luận kiểm tra (PDF để in, cùng nội dung với bản Word)")
    ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
        return notice(id, OfficialFormat.PDF);
    }

    private ResponseEntity<byte[]> notice(long id, OfficialFormat format) {
        if (!access.isStandingAgency() && !inspections.concerns(id, access)) {
            throw new AccessDeniedException("Không có quyền xem thông báo kết luận này.");
        }
        return notices.document(id, format).map(b -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("thong-bao-ket-luan-" + id, format.extension()).header())
                        .contentType(MediaType.parseMediaType(format.contentType())).body(b))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/counts")
    @Operation(summary = "Số liệu kiểm tra của một đơn vị trong một kỳ",
            description = "Số cuộc kiểm tra, số kiến nghị có hạn trong kỳ và tình trạng: hoàn thành đúng hạn, trễ hạn, quá hạn, đang làm.")
    InspectionCounts.Counts counts(@RequestParam String unit,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        UnitRef u = directory.findByCode(unit).orElseThrow(() -> new InspectionRejected(
                List.of("Đơn vị: không có đơn vị mã \"" + unit + "\" trong danh mục.")));
        if (!access.canReadUnsubmitted(u.id())) {
            throw new AccessDeniedException("Không có quyền xem số liệu của đơn vị này.");
        }
        return counts.of(u.id(), from, to);
    }

    @ExceptionHandler(InspectionRejected.class)
    ProblemDetail rejected(InspectionRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", e.problems()));
        p.setTitle("Dữ liệu kiểm tra không hợp lệ");
        p.setProperty("errors", e.problems());
        return p;
    }

    /** Two submissions of one notice at the same moment: the first is stored, the other is told so (nothing half-written). */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail twice(org.springframework.dao.DuplicateKeyException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Thông báo kết luận này vừa được ghi nhận bởi một lần gửi khác cùng lúc; không ghi thêm lần nữa.");
        p.setTitle("Kết luận kiểm tra đã được ghi nhận");
        return p;
    }
}
