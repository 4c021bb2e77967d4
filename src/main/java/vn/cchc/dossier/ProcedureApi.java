package vn.cchc.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.spreadsheet.ImportRejected;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.io.IOException;

/** The procedure catalogue over HTTP: a page of procedures, the Excel export, template and import. */
@RestController
@RequestMapping(path = "/api/v1/procedures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Thủ tục hành chính", description = "Danh mục thủ tục hành chính: mã, tên, lĩnh vực, mức độ trực tuyến, "
        + "phí, lệ phí và thời hạn giải quyết; tệp hồ sơ chỉ nhận mã thủ tục có trong danh mục")
class ProcedureApi {

    private final CatalogueProcedures procedures;
    private final ProcedureCatalogue catalogue;

    ProcedureApi(CatalogueProcedures procedures, ProcedureCatalogue catalogue) {
        this.procedures = procedures;
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Danh sách thủ tục",
            description = "Lọc theo từ khóa (không cần dấu), mã lĩnh vực và mức độ trực tuyến (FULL, PARTIAL, NONE); "
                    + "tối đa 100 dòng một trang.")
    Page<CatalogueProcedure> list(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
                                  @RequestParam(required = false) String level, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return procedures.page(new CatalogueProcedures.Filter(q, field, OnlineLevel.of(level)), PageRequest.of(page, size));
    }

    @GetMapping(path = "/export.xlsx", produces = WorkbookWriter.CONTENT_TYPE)
    @Operation(summary = "Xuất danh mục thủ tục ra Excel", description = "Cùng cột với tệp mẫu; nhập lại tệp này không thay đổi gì.")
    ResponseEntity<byte[]> export() {
        return ProcedurePages.download(catalogue.export(), ProcedurePages.EXPORT_FILE);
    }

    @GetMapping(path = "/template.xlsx", produces = WorkbookWriter.CONTENT_TYPE)
    @PreAuthorize("hasRole('STANDING_AGENCY')")
    @Operation(summary = "Tệp mẫu danh mục thủ tục", description = "Dòng tiêu đề, hướng dẫn từng cột và danh sách lĩnh vực.")
    ResponseEntity<byte[]> template() {
        return ProcedurePages.download(catalogue.template(), ProcedurePages.TEMPLATE_FILE);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('STANDING_AGENCY')")
    @Operation(summary = "Nhập danh mục thủ tục từ Excel",
            description = "Tất cả hoặc không: nếu có dòng lỗi thì không lưu gì và trả về danh sách lỗi theo dòng và cột "
                    + "(RFC 9457). Mã chưa có thì thêm, mã đã có thì cập nhật; nhập lại cùng một tệp không thay đổi gì.")
    ProcedureCatalogue.Import importFile(@RequestPart("file") MultipartFile file) throws IOException {
        ProcedureCatalogue.Import result = catalogue.importFile(ProcedurePages.fileName(file), file.getBytes());
        if (!result.accepted()) {
            throw new ImportRejected("procedure.import.problemTitle", "procedure.import.rejected",
                    new Object[]{result.fileName(), result.errorCount()}, result.errors());
        }
        return result;
    }
}
