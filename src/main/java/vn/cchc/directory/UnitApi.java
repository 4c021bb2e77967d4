package vn.cchc.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import vn.cchc.page.Page;
import vn.cchc.page.PageRequest;
import vn.cchc.spreadsheet.ImportRejected;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The directory over HTTP (Basic auth): list, detail, contact update, Excel import and export, name resolution. */
@RestController
@RequestMapping(path = "/api/v1/units", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Đơn vị", description = "Danh mục đơn vị của tỉnh: sở, ban, ngành, xã, phường, đơn vị cấp huyện trước sắp xếp")
class UnitApi {

    private final Directory directory;
    private final DirectoryAdministration administration;
    private final UnitSheets sheets;
    private final AgencyResolver resolver;
    private final MessageSource messages;
    private final Clock clock;

    UnitApi(Directory directory, DirectoryAdministration administration, UnitSheets sheets,
                      AgencyResolver resolver, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.administration = administration;
        this.sheets = sheets;
        this.resolver = resolver;
        this.messages = messages;
    }

    /** A unit in a list. Dates are ISO (yyyy-MM-dd); validTo is inclusive. */
    record UnitSummary(String code, String name, String shortName, UnitKind kind, String parentCode,
                       LocalDate validFrom, LocalDate validTo, List<String> successorCodes) {

        static UnitSummary of(Unit u) {
            return new UnitSummary(u.code(), u.name(), u.shortName(), u.kind(), u.parentCode(), u.validFrom(),
                    u.validTo(), u.successorCodes());
        }
    }

    record UnitDetail(String code, String name, String shortName, UnitKind kind, String parentCode,
                      LocalDate validFrom, LocalDate validTo, List<String> successorCodes,
                      List<String> predecessorCodes, List<String> childCodes, List<String> aliases,
                      UnitContact contact, List<NameChange> nameHistory) {
    }

    @GetMapping
    @Operation(summary = "Danh sách đơn vị",
            description = "Lọc theo loại, từ khóa (không phân biệt dấu, hoa thường; tìm cả tên gọi khác), "
                    + "ngày hiệu lực; mặc định chỉ các đơn vị đang tồn tại.")
    List<UnitSummary> list(@RequestParam(required = false) UnitKind kind,
                           @Parameter(description = "Từ khóa, ví dụ \"so noi vu\"") @RequestParam(required = false) String q,
                           @Parameter(description = "Chỉ đơn vị có hiệu lực vào ngày này (yyyy-MM-dd)")
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn,
                           @RequestParam(defaultValue = "false") boolean includeFormer,
                           @Parameter(description = "Trang, từ 1 đến 200; ngoài khoảng này trả về 400 kèm lời giải thích",
                                   schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "1"))
                           @RequestParam(required = false) Integer page,
                           @Parameter(description = "Số đơn vị mỗi trang, tối đa 100 (mặc định 100); số lớn hơn được "
                                   + "hiểu là 100. Còn trang sau thì phản hồi có tiêu đề Link rel=\"next\".",
                                   schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "100"))
                           @RequestParam(required = false) Integer size,
                           jakarta.servlet.http.HttpServletResponse response) {
        PageRequest request = PageRequest.of(page, size == null ? PageRequest.MAX_SIZE : size);
        Page<Unit> shown = directory.search(new UnitQuery(q, kind, validOn, includeFormer), request);
        if (shown.nextNumber() > 0) {
            // the next page's address, as RFC 8288 links it, so that a client reads the whole list a page at a time
            response.setHeader("Link", "<" + org.springframework.web.servlet.support.ServletUriComponentsBuilder
                    .fromCurrentRequest().replaceQueryParam("page", shown.nextNumber()).build().toUriString()
                    + ">; rel=\"next\"");
        }
        return shown.items().stream().map(UnitSummary::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "Chi tiết một đơn vị", description = "Kèm đơn vị cha, đơn vị trực thuộc, đơn vị tiền thân, "
            + "đơn vị kế thừa, tên gọi khác, thông tin liên hệ và lịch sử tên.")
    UnitDetail detail(@PathVariable String code) {
        UnitDetails d = directory.details(code).orElseThrow(() -> new UnitNotFound(code));
        Unit u = d.unit();
        return new UnitDetail(u.code(), u.name(), u.shortName(), u.kind(), u.parentCode(), u.validFrom(), u.validTo(),
                u.successorCodes(), d.predecessors().stream().map(UnitRef::code).toList(),
                d.children().stream().map(UnitRef::code).toList(), u.aliases(), u.contact(), d.nameHistory());
    }

    @PutMapping(path = "/{code}/contact", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("@unitAccess.canChange(@directory.idOf(#code))")
    @Operation(summary = "Cập nhật thông tin liên hệ",
            description = "Chỉ cán bộ của chính đơn vị đó (hoặc quản trị) được sửa; đơn vị khác trả về 403.")
    UnitDetail updateContact(@PathVariable String code, @Valid @RequestBody UnitContact contact, BindingResult binding) {
        if (binding.hasErrors()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("unit.contact.invalid"));
            problem.setTitle(text("problem.title.400"));
            problem.setProperty("errors", binding.getFieldErrors().stream()
                    .map(e -> e.getField() + ": " + messages.getMessage(e, LocaleContextHolder.getLocale())).toList());
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        long id = directory.idOf(code) == null ? missing(code) : directory.idOf(code);
        administration.updateContact(id, contact);
        return detail(code);
    }

    @GetMapping("/resolve")
    @Operation(summary = "Nhận diện tên cơ quan trong văn bản",
            description = "Tách một ô \"đơn vị chủ trì/phối hợp\" thành các đơn vị và nhóm đơn vị, theo ngày của văn bản.")
    List<ResolvedAgency> resolve(@RequestParam String phrase,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return resolver.resolve(phrase, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping(path = "/export.xlsx", produces = UnitSheet.CONTENT_TYPE)
    @Operation(summary = "Xuất danh mục ra Excel", description = "Cùng bố cục với tệp mẫu; nhập lại tệp này không thay đổi gì.")
    ResponseEntity<byte[]> export() {
        return UnitImportPages.download(sheets.export(), UnitImportPages.EXPORT_FILE);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    @Operation(summary = "Nhập danh mục từ Excel",
            description = "Tất cả hoặc không: nếu có dòng lỗi thì không lưu gì và trả về danh sách lỗi (RFC 9457). "
                    + "Nhập lại cùng một tệp không thay đổi gì.")
    ImportResult importUnits(@RequestPart("file") MultipartFile file) throws IOException {
        ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = sheets.importFile(UnitSheets.fileName(file), in);
        }
        if (!result.accepted()) {
            throw new ImportRejected("unit.import.problemTitle", "unit.import.rejected",
                    new Object[]{result.source(), String.valueOf(result.errorCount())}, result.errors());
        }
        return result;
    }

    private static long missing(String code) {
        throw new UnitNotFound(code);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
