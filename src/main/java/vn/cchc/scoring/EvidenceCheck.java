package vn.cchc.scoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Checks an evidence file by its content (magic bytes), never by its name, and by its size. */
@Component
class EvidenceCheck {

    private final long maxBytes;

    EvidenceCheck(@Value("${cchc.scoring.evidence.max-bytes:20971520}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** @return the content type the bytes really are: PDF, DOCX, XLSX, JPEG or PNG; anything else is refused */
    String check(String filename, byte[] content) {
        String name = safeName(filename);
        if (content == null || content.length == 0) {
            throw new ScoringException("scoring.evidence.empty", name);
        }
        if (content.length > maxBytes) {
            throw new ScoringException("scoring.evidence.tooLarge", name, maxBytes / (1024 * 1024));
        }
        String type = detect(content);
        if (type == null) {
            throw new ScoringException("scoring.evidence.badType", name);
        }
        return type;
    }

    static String detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            return officeType(b);
        }
        return null;
    }

    /** A zip is accepted only as a Word or Excel document: [Content_Types].xml and word/ or xl/ inside. */
    private static String officeType(byte[] b) {
        boolean contentTypes = false;
        String kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 2000) {
                String name = e.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (name.startsWith("xl/")) {
                    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return contentTypes ? kind : null;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file name safe for Content-Disposition and zip entries. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "tai-lieu";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\r\\n\"\\p{Cntrl}]", "_");
        return base.length() > 150 ? base.substring(base.length() - 150) : base;
    }
}
