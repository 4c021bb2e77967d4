package vn.cchc.propaganda;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.directory.Directory;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** Propaganda outputs over HTTP (Basic auth): log one for one's own unit; tallies; a quarter's plan against delivery; an outlet's list. */
@RestController
@RequestMapping(path = "/api/v1/propaganda", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tuyên truyền CCHC", description = "Sản phẩm tuyên truyền theo nội dung định hướng; thống kê theo quý, loại, cơ quan báo chí")
class PropagandaApi {

    private final PropagandaOutputs outputs;
    private final PropagandaTallies tallies;
    private final Directory directory;

    PropagandaApi(PropagandaOutputs outputs, PropagandaTallies tallies, Directory directory) {
        this.outputs = outputs;
        this.tallies = tallies;
        this.directory = directory;
    }

    /** A tally line with its figure also written the Vietnamese way ("1.200"), as the screens and reports print it. */
    record TallyLine(int quarter, OutputKind kind, String outlet, long outputs, String outputsText) {
    }

    @PostMapping(path = "/outputs", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
    @Operation(summary = "Ghi nhận một sản phẩm tuyên truyền của đơn vị mình",
            description = "Số lượng viết kiểu Việt Nam (1.200); cơ quan báo chí trong danh sách; đường dẫn hoặc tệp (PDF, Word, Excel, ảnh). "
                    + "Gửi lại đúng sản phẩm cũ: không đổi gì.")
    PropagandaOutputs.Logged log(@RequestParam String unit, @RequestParam(required = false) Long content,
                                 @RequestParam(required = false) OutputKind kind, @RequestParam(required = false) String count,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
                                 @RequestParam(required = false) String outlet, @RequestParam(required = false) String title,
                                 @RequestParam(required = false) String link,
                                 @RequestPart(required = false) MultipartFile file) throws IOException {
        PropagandaOutputs.Upload upload = file == null || file.isEmpty() ? null
                : new PropagandaOutputs.Upload(file.getOriginalFilename(), file.getBytes());
        return outputs.log(new PropagandaOutputs.OutputForm(unit, content, kind, count, publishedOn, outlet, title, link), upload);
    }

    @GetMapping("/tallies")
    @Operation(summary = "Số sản phẩm tuyên truyền của năm theo quý, loại và cơ quan báo chí (của một đơn vị nếu có mã)")
    List<TallyLine> tally(@RequestParam int year, @RequestParam(required = false) String unit) {
        Long unitId = unit == null ? null : directory.findByCode(unit).map(u -> u.id())
                .orElseThrow(() -> new OutputRejected(List.of("Đơn vị: không có đơn vị mã \"" + unit + "\" trong danh mục.")));
        return tallies.tally(year, unitId).stream().map(t -> new TallyLine(t.quarter(), t.kind(), t.outlet(), t.outputs(),
                VietnameseNumbers.format(t.outputs()))).toList();
    }

    @GetMapping("/plans/{planId}/quarters/{quarter}")
    @Operation(summary = "Nội dung định hướng của một quý và sản phẩm đã thực hiện cho từng nội dung")
    PropagandaTallies.Quarter quarter(@PathVariable long planId, @PathVariable int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new OutputRejected(List.of("Quý: " + quarter + " không có (từ 1 đến 4)."));
        }
        return tallies.quarter(planId, quarter);
    }

    @GetMapping("/outlets/{code}/outputs")
    @Operation(summary = "Các sản phẩm đã đăng, phát trên một cơ quan báo chí, mới nhất trước, từng trang")
    Page<PropagandaTallies.OutletOutput> outlet(@PathVariable String code, @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size) {
        if (!tallies.outletExists(code)) {
            throw new OutputRejected(List.of("Cơ quan báo chí: không có mã \"" + code + "\"."));
        }
        return tallies.outlet(code, PageRequest.of(page, size));
    }

    @ExceptionHandler(OutputRejected.class)
    ProblemDetail rejected(OutputRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ", e.problems()));
        p.setTitle("Sản phẩm tuyên truyền không hợp lệ");
        p.setProperty("errors", e.problems());
        return p;
    }
}
