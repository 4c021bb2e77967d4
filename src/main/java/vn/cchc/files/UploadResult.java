package vn.cchc.files;

import java.util.Objects;

/** What {@link UploadCheck} found: the kind the file really is, or why it was refused (exactly one of the two). */
public record UploadResult(FileKind kind, Refusal refusal) {

    /** Why an upload was refused; each module maps these to its own message. */
    public enum Refusal {
        EMPTY, TOO_LARGE, NOT_ALLOWED,
        /** A Word or Excel container with more entries than {@link ZipLimits#maxEntries()}. */
        TOO_MANY_ENTRIES,
        /** A Word or Excel container that inflates beyond {@link ZipLimits}' total size or ratio (a zip bomb). */
        EXPANDS_TOO_MUCH
    }

    public UploadResult {
        if ((kind == null) == (refusal == null)) {
            throw new IllegalArgumentException("either a kind or a refusal");
        }
    }

    static UploadResult accepted(FileKind kind) {
        return new UploadResult(Objects.requireNonNull(kind), null);
    }

    static UploadResult refused(Refusal refusal) {
        return new UploadResult(null, Objects.requireNonNull(refusal));
    }

    public boolean isAccepted() {
        return kind != null;
    }
}
