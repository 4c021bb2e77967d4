package vn.cchc.scoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.files.UploadCheck;
import vn.cchc.files.UploadResult;

/** Checks a self-assessment's evidence file with the shared upload rule and refuses it in scoring's words. */
@Component
class EvidenceCheck {

    private final UploadCheck rule;

    EvidenceCheck(@Value("${cchc.scoring.evidence.max-bytes:20971520}") long maxBytes) {
        this.rule = UploadCheck.evidence(maxBytes);
    }

    long maxBytes() {
        return rule.maxBytes();
    }

    /** @return the content type the bytes really are: PDF, DOCX, XLSX, JPEG or PNG; anything else is refused */
    String check(String filename, byte[] content) {
        UploadResult result = rule.check(content);
        if (result.isAccepted()) {
            return result.kind().contentType();
        }
        String name = safeName(filename);
        throw switch (result.refusal()) {
            case EMPTY -> new ScoringException("scoring.evidence.empty", name);
            case TOO_LARGE -> new ScoringException("scoring.evidence.tooLarge", name, rule.maxBytes() / (1024 * 1024));
            case NOT_ALLOWED -> new ScoringException("scoring.evidence.badType", name);
            case TOO_MANY_ENTRIES -> new ScoringException("scoring.evidence.tooManyEntries", name);
            case EXPANDS_TOO_MUCH -> new ScoringException("scoring.evidence.expandsTooMuch", name);
        };
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
