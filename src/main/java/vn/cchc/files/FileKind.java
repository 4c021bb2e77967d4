package vn.cchc.files;

import java.util.Optional;

/** A file kind users may upload, recognised by the first bytes of its content. */
public enum FileKind {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    FileKind(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind the bytes really are; a name or a browser's content type can lie, the content cannot. */
    public static Optional<FileKind> of(byte[] content) {
        if (MagicBytes.startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (MagicBytes.startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (MagicBytes.startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (ZipLimits.isZip(content)) {
            return OfficeZip.kindOf(content);
        }
        return Optional.empty();
    }
}
