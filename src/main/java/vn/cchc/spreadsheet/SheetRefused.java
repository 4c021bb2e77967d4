package vn.cchc.spreadsheet;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * A spreadsheet that is not read. For {@link Reason#UNREADABLE} each importer keeps its own words (which mention
 * its template); the other reasons are limits, worded in the spreadsheet bundle with the file's name and the limit.
 */
public class SheetRefused extends RuntimeException {

    public enum Reason {
        UNREADABLE("spreadsheet.unreadable"),
        TOO_LARGE("spreadsheet.tooLarge"),
        TOO_MANY_ENTRIES("spreadsheet.tooManyEntries"),
        EXPANDS_TOO_MUCH("spreadsheet.expandsTooMuch"),
        TOO_MANY_ROWS("spreadsheet.tooManyRows"),
        TOO_MUCH_TEXT("spreadsheet.tooMuchText"),
        CELL_TOO_LONG("spreadsheet.cellTooLong");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;
    private final transient Object[] args;

    SheetRefused(Reason reason, String detail, Object... args) {
        super(reason + ": " + detail);
        this.reason = reason;
        this.args = args;
    }

    SheetRefused(Throwable cause) {
        super(Reason.UNREADABLE.name(), cause);
        this.reason = Reason.UNREADABLE;
        this.args = new Object[0];
    }

    public Reason reason() {
        return reason;
    }

    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(reason.messageKey, args, locale);
    }
}
