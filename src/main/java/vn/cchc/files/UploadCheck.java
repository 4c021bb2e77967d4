package vn.cchc.files;

import vn.cchc.vietnamese.VietnameseNumbers;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule for one kind of upload: the kinds allowed and the largest size. It returns a verdict instead of
 * throwing, so that each module can refuse in its own words (and with its own exception type); a form that lists
 * its problems in one text takes the shared words of {@link #refusalText}.
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
     * Why a file was refused, in the words a form lists after the file's name ("Tệp đính kèm "x.pdf": …"), naming the
     * size limit and the kinds this rule takes.
     */
    public String refusalText(UploadResult.Refusal refusal) {
        return switch (refusal) {
            case EMPTY -> "tệp rỗng.";
            case TOO_LARGE -> "vượt quá " + VietnameseNumbers.format(maxBytes / 1_048_576) + " MB.";
            case NOT_ALLOWED -> "không nhận loại tệp này; chỉ nhận " + allowedInWords()
                    + " (xét theo nội dung tệp, không theo tên).";
            case TOO_MANY_ENTRIES, EXPANDS_TOO_MUCH -> "tệp nén bất thường, không nhận.";
        };
    }

    /** The kinds in the order people name them: documents first, then pictures. */
    private String allowedInWords() {
        return List.of(FileKind.PDF, FileKind.DOCX, FileKind.XLSX, FileKind.JPEG, FileKind.PNG).stream()
                .filter(allowed::contains)
                .map(kind -> switch (kind) {
                    case DOCX -> "Word";
                    case XLSX -> "Excel";
                    default -> kind.name();
                })
                .collect(Collectors.joining(", "));
    }

    /**
     * For uploads that are not always office files (a plan may be plain text or PDF): whether the content is a zip
     * that passes {@link ZipLimits#OFFICE}; anything that is not a zip passes.
     */
    public static Optional<UploadResult.Refusal> containerBreach(byte[] content) {
        return ZipLimits.isZip(content) ? ZipLimits.OFFICE.breach(content) : Optional.empty();
    }
}
