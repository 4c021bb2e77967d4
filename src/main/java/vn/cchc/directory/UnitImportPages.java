package vn.cchc.directory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.cchc.page.Crumb;

/** Upload of a unit sheet, its result, the empty template and the export of the whole directory. */
@Controller
@RequestMapping("/units")
class UnitImportPages {

    static final String TEMPLATE_FILE = "mau-danh-muc-don-vi.xlsx";
    static final String EXPORT_FILE = "danh-muc-don-vi.xlsx";

    private final UnitSheets sheets;
    private final MessageSource messages;

    UnitImportPages(UnitSheets sheets, MessageSource messages) {
        this.sheets = sheets;
        this.messages = messages;
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    String form(Model model) {
        return page(model);
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return page(model);
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("result", sheets.importFile(UnitSheets.fileName(file), in));
        }
        return page(model);
    }

    @GetMapping("/import/template.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN','STANDING_AGENCY')")
    ResponseEntity<byte[]> template() {
        return download(sheets.template(), TEMPLATE_FILE);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export() {
        return download(sheets.export(), EXPORT_FILE);
    }

    static ResponseEntity<byte[]> download(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(UnitSheet.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private String page(Model model) {
        model.addAttribute("breadcrumbs", List.of(
                new Crumb(messages.getMessage("unit.list.title", null, LocaleContextHolder.getLocale()), "/units"),
                new Crumb(messages.getMessage("unit.import.title", null, LocaleContextHolder.getLocale()),
                        "/units/import")));
        return "directory/import";
    }
}
