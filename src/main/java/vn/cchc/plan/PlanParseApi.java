package vn.cchc.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.plan.parse.PlanParseException;
import vn.cchc.plan.parse.PlanParsing;

import java.io.IOException;

/** The parse contract over HTTP: the same JSON as ./cchc parse-plan, nothing saved. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Kế hoạch", description = "Đọc và theo dõi kế hoạch CCHC")
class PlanParseApi {

    private final PlanParsing parsing;

    PlanParseApi(PlanParsing parsing) {
        this.parsing = parsing;
    }

    @Operation(summary = "Phân tích một văn bản kế hoạch (.txt, .docx, .pdf, mẫu nhiệm vụ .xlsx) và trả về JSON, không lưu")
    @PostMapping(path = "/parse", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> parse(@RequestParam("file") MultipartFile file) throws IOException {
        String json = parsing.toJson(parsing.parse(file.getBytes(), file.getOriginalFilename(), null));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    @ExceptionHandler(PlanParseException.class)
    ProblemDetail unreadable(PlanParseException e) {
        HttpStatus status = e.reason() == PlanParseException.Reason.TOO_LARGE
                ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle("Không đọc được văn bản");
        return problem;
    }
}
