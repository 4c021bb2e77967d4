package vn.cchc.dossier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.nio.charset.StandardCharsets;

/** The empty dossier files offered on the upload page, to be filled in and sent back. */
@Controller
class DossierTemplatePages {

    private final DossierTemplates templates;

    DossierTemplatePages(DossierTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/dossiers/upload/mau-ho-so-tthc.csv")
    ResponseEntity<byte[]> csv() {
        return file(templates.csv(), "mau-ho-so-tthc.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/dossiers/upload/mau-ho-so-tthc.xlsx")
    ResponseEntity<byte[]> xlsx() {
        return file(templates.xlsx(), "mau-ho-so-tthc.xlsx", MediaType.parseMediaType(WorkbookWriter.CONTENT_TYPE));
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type) {
        if (!DossierPages.canUpload()) {
            throw new AccessDeniedException("dossier.error.forbidden");
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
