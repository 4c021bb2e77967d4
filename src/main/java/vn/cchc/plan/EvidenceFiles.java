package vn.cchc.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.files.UploadCheck;
import vn.cchc.files.UploadResult;

/** Checks a progress report's evidence file with the shared upload rule and refuses it in the plan's words. */
@Component
class EvidenceFiles {

    private final UploadCheck rule;

    EvidenceFiles(@Value("${cchc.plan.evidence.max-bytes:20971520}") long maxBytes) {
        this.rule = UploadCheck.evidence(maxBytes);
    }

    public long maxBytes() {
        return rule.maxBytes();
    }

    /** @return the content type the bytes really are; refuses anything but PDF, DOCX, XLSX, JPEG, PNG */
    public String check(byte[] content) {
        UploadResult result = rule.check(content);
        if (!result.isAccepted()) {
            throw new PlanRuleException(switch (result.refusal()) {
                case EMPTY -> "plan.evidence.empty";
                case TOO_LARGE -> "plan.evidence.tooLarge";
                case NOT_ALLOWED -> "plan.evidence.badType";
                case TOO_MANY_ENTRIES -> "plan.evidence.tooManyEntries";
                case EXPANDS_TOO_MUCH -> "plan.evidence.expandsTooMuch";
            });
        }
        return result.kind().contentType();
    }

    /** A name safe to send back in Content-Disposition. */
    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "tep-dinh-kem";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[\\r\\n\"]", "_");
    }
}
