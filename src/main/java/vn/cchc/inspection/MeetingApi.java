package vn.cchc.inspection;

import vn.cchc.page.Attachment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.document.OfficialDocx;
import vn.cchc.document.OfficialFormat;
import vn.cchc.document.OfficialPdf;
import vn.cchc.security.UnitAccess;

import java.util.List;

/** Steering-committee meetings: the record with its conclusions (work assigned becomes tasks) and the notice. */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cuộc họp Ban Chỉ đạo", description = "Kết luận cuộc họp; nội dung giao việc thành nhiệm vụ theo dõi của đơn vị")
class MeetingApi {

    private final Meetings meetings;
    private final MeetingNotices notices;
    private final UnitAccess access;

    MeetingApi(Meetings meetings, MeetingNotices notices, UnitAccess access) {
        this.meetings = meetings;
        this.notices = notices;
        this.access = access;
    }

    record MeetingRecorded(long id, boolean created, Long followUpPlanId, List<Long> taskIds, List<String> warnings) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ghi nhận cuộc họp Ban Chỉ đạo và các kết luận",
            description = "Kết luận có đơn vị (mã hoặc tên) là giao việc: thành nhiệm vụ của từng đơn vị. Chỉ cơ quan thường trực.")
    MeetingRecorded record(@RequestBody Meetings.MeetingForm form) {
        Conclusions.Recorded r = meetings.record(form);
        return new MeetingRecorded(r.id(), r.created(), r.followUpPlanId(), r.taskIds(), r.warnings());
    }

    @GetMapping(path = "/{id}/notice.docx", produces = OfficialDocx.CONTENT_TYPE)
    @Operation(summary = "Thông báo kết luận cuộc họp (Word, thể thức Nghị định 30)")
    ResponseEntity<byte[]> notice(@PathVariable long id) {
        return notice(id, OfficialFormat.DOCX);
    }

    @GetMapping(path = "/{id}/notice.pdf", produces = OfficialPdf.CONTENT_TYPE)
    @Operation(summary = "Thông báo kết luận cuộc họp (PDF để in, cùng nội dung với bản Word)")
    ResponseEntity<byte[]> noticePdf(@PathVariable long id) {
        return notice(id, OfficialFormat.PDF);
    }

    private ResponseEntity<byte[]> notice(long id, OfficialFormat format) {
        if (!access.isStandingAgency() && !meetings.concerns(id, access)) {
            throw new AccessDeniedException("Không có quyền xem thông báo này.");
        }
        return notices.document(id, format).map(b -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, new Attachment("ket-luan-cuoc-hop-" + id, format.extension()).header())
                        .contentType(MediaType.parseMediaType(format.contentType())).body(b))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler(InspectionRejected.class)
    ProblemDetail rejected(InspectionRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", e.problems()));
        p.setTitle("Dữ liệu cuộc họp không hợp lệ");
        p.setProperty("errors", e.problems());
        return p;
    }

    /** Two submissions of one notice at the same moment: the first is stored, the other is told so (nothing half-written). */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail twice(org.springframework.dao.DuplicateKeyException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Thông báo kết luận này vừa được ghi nhận bởi một lần gửi khác cùng lúc; không ghi thêm lần nữa.");
        p.setTitle("Kết luận cuộc họp đã được ghi nhận");
        return p;
    }
}
