package vn.cchc.files;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rule for one kind of upload: the kinds allowed and the largest size. It returns a verdict instead of
 * throwing, so that each module can refuse in its own words (and with its own exception type).
 */
public record UploadCheck(Set<FileKind> allowed, long maxBytes) {

    public UploadCheck {
        allowed = Set.copyOf(allowed);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** Evidence of work done: documents, spreadsheets, scans and photos. */
    public static UploadCheck evidence(long maxBytes) {
        return new UploadCheck(EnumSet.allOf(FileKind.class), maxBytes);
    }

    /** Emptiness and size are checked before the content, so a huge upload is never opened as a zip. */
    public UploadResult check(byte[] content) {
        if (content == null || content.length == 0) {
            return UploadResult.refused(UploadResult.Refusal.EMPTY);
        }
        if (content.length > maxBytes) {
            return UploadResult.refused(UploadResult.Refusal.TOO_LARGE);
        }
        return FileKind.of(content).filter(allowed::contains)
                .map(UploadResult::accepted)
                .orElseGet(() -> UploadResult.refused(UploadResult.Refusal.NOT_ALLOWED));
    }
}
