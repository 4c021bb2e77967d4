package vn.cchc.files;

import java.util.EnumSet;
import java.util.Optional;
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

    /**
     * Emptiness and size are checked before the content, so a huge upload is never opened as a zip, and a zip's
     * {@link ZipLimits} before its entry names, so a bomb is refused before anything reads it.
     */
    public UploadResult check(byte[] content) {
        if (content == null || content.length == 0) {
            return UploadResult.refused(UploadResult.Refusal.EMPTY);
        }
        if (content.length > maxBytes) {
            return UploadResult.refused(UploadResult.Refusal.TOO_LARGE);
        }
        Optional<UploadResult.Refusal> breach = containerBreach(content);
        if (breach.isPresent()) {
            return UploadResult.refused(breach.get());
        }
        return FileKind.of(content).filter(allowed::contains)
                .map(UploadResult::accepted)
                .orElseGet(() -> UploadResult.refused(UploadResult.Refusal.NOT_ALLOWED));
    }

    /**
     * For uploads that are not always office files (a plan may be plain text or PDF): whether the content is a zip
     * that passes {@link ZipLimits#OFFICE}; anything that is not a zip passes.
     */
    public static Optional<UploadResult.Refusal> containerBreach(byte[] content) {
        return ZipLimits.isZip(content) ? ZipLimits.OFFICE.breach(content) : Optional.empty();
    }
}
