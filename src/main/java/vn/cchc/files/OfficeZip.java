package vn.cchc.files;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Every zip starts with the same bytes, so a zip is accepted only as a Word or Excel document: it must hold
 * [Content_Types].xml and word/ or xl/. The number of entries read is capped so that a crafted archive
 * with a huge directory cannot keep a request busy (the same cap as {@link ZipLimits#OFFICE}).
 */
final class OfficeZip {

    private static final int MAX_ENTRIES = ZipLimits.OFFICE.maxEntries();

    private OfficeZip() {
    }

    /**
     * The entries of a zip in order. Commons Compress rather than java.util.zip: POI's own streaming writer (SXSSF,
     * which our exports use) writes entries java.util.zip refuses to read.
     */
    static ZipArchiveInputStream entries(byte[] zip) {
        return new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true);
    }

    static Optional<FileKind> kindOf(byte[] content) {
        boolean contentTypes = false;
        FileKind kind = null;
        try (ZipArchiveInputStream zip = entries(content)) {
            ZipArchiveEntry e;
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
        } catch (IOException | RuntimeException e) {
            // A truncated or malformed archive is simply not a document we accept.
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(kind) : Optional.empty();
    }
}
