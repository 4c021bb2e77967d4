package vn.cchc.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** A survey code for one dossier over HTTP (Basic auth): the code as printed and the address it opens. */
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Khảo sát sự hài lòng", description = "Mã khảo sát dùng một lần cấp theo hồ sơ")
class DossierCodeApi {

    record IssuedCode(String dossierCode, String code, String surveyUrl, long campaignId, String campaign,
                      LocalDate expiresOn, boolean replaced) {
    }

    private final DossierCodes codes;
    private final CodeSlips slips;

    DossierCodeApi(DossierCodes codes, CodeSlips slips) {
        this.codes = codes;
        this.slips = slips;
    }

    @PostMapping("/{code}/survey-code")
    @Operation(summary = "Cấp mã khảo sát cho một hồ sơ",
            description = "Mã thuộc đợt khảo sát đang mở của đơn vị giải quyết hồ sơ. Cán bộ đơn vị chỉ cấp cho hồ sơ của "
                    + "đơn vị mình (403 nếu không). Cấp lại khi mất phiếu: mã cũ chưa dùng bị hủy, mã mới được trả về; mã đã "
                    + "dùng thì không cấp lại (422). Không có đợt khảo sát đang mở: 422, không lưu gì. Mã chỉ trả về một lần, "
                    + "hệ thống chỉ lưu giá trị băm của mã.")
    IssuedCode issue(@Parameter(description = "mã hồ sơ, ví dụ 000.00.12.H42-250101-0001") @PathVariable String code) {
        try {
            DossierCodes.Issued issued = codes.issue(code);
            String printed = OneTimeCodes.printed(issued.code());
            Campaign c = issued.batch().campaign();
            return new IssuedCode(issued.dossierCode(), printed, slips.url(printed), c.id(), c.name(),
                    issued.batch().expiresOn(), issued.replaced());
        } catch (SurveyRefused e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, String.join(" ", e.problems()));
            problem.setTitle("Chưa cấp mã khảo sát");
            throw new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
        }
    }
}
