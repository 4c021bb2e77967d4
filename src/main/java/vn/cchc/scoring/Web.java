package vn.cchc.scoring;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.page.FlashRedirect;

/** Small helpers shared by the scoring pages: run an action and flash its outcome, uploads, downloads. */
final class Web {

    private Web() {
    }

    /** Runs a write; success flashes a message key, a refused rule flashes the Vietnamese text and its details. */
    static String run(RedirectAttributes redirect, ScoringTexts texts, String target, String successKey, Runnable action) {
        return FlashRedirect.run(redirect, target, successKey, ScoringException.class, (e, r) -> {
            r.addFlashAttribute("scoringError", texts.of(e));
            r.addFlashAttribute("scoringErrors", e.details());
        }, action);
    }

    static List<SelfAssessments.Upload> uploads(List<MultipartFile> files) {
        List<SelfAssessments.Upload> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    try {
                        out.add(new SelfAssessments.Upload(f.getOriginalFilename(), f.getBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return out;
    }

    static ResponseEntity<byte[]> download(byte[] content, String contentType, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
