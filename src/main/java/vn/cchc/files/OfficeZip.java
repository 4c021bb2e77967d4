package vn.cchc.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Every zip starts with the same bytes, so a zip is accepted only as a Word or Excel document: it must hold
 * [Content_Types].xml and word/ or xl/. The number of entries read is capped so that a crafted archive
 * with a huge directory cannot keep a request busy.
 */
final class OfficeZip {

    private static final int MAX_ENTRIES = 2000;

    private OfficeZip() {
    }

    static Optional<FileKind> kindOf(byte[] content) {
        boolean contentTypes = false;
        FileKind kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < MAX_ENTRIES) {
                String name = e.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    kind = FileKind.DOCX;
                } else if (name.startsWith("xl/")) {
                    kind = FileKind.XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A truncated or malformed archive is simply not a document we accept.
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }
}
