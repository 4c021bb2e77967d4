package vn.cchc.document;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.vietnamese.Vietnamese;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The texts every document this application issues shares: the issuing body (Sở Nội vụ, under UBND tỉnh Nghệ An),
 * the national motto, the place and the signature block. Kept in one bundle so that a change of name or signatory
 * reaches every export at once.
 */
@Component
public class OfficialTexts {

    private static final Locale VI = Vietnamese.LOCALE;

    private final MessageSource messages;

    OfficialTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A heading issued by Sở Nội vụ; the caller gives what differs per document. */
    public DocumentHeading heading(String number, String type, String summary, LocalDate date) {
        return new DocumentHeading(text("document.parent"), text("document.issuer"), number, text("document.place"),
                date, type, summary, text("document.motto1"), text("document.motto2"));
    }

    public Closing closing(List<String> recipients) {
        return new Closing(text("document.recipients"), recipients, text("document.signPrefix"),
                text("document.signTitle"), text("document.signer"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, VI);
    }
}
