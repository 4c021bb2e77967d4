package vn.cchc.vietnamese;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text that is not a number written the Vietnamese way. It resolves to a message that says how to write it
 * (e.g. "Dùng dấu phẩy cho phần thập phân: 12,5"), so a caller can pass it as an argument of its own message
 * that names the field.
 */
public final class NotVietnameseNumber extends IllegalArgumentException implements MessageSourceResolvable {

    /** Why the text was refused; each has a message {@code vietnamese.number.<name>} with the suggestion as {0}. */
    public enum Reason {
        /** "12.5": a dot not followed by exactly three digits reads as a decimal point. */
        DECIMAL_DOT,
        /** "1200.000" or "1.20.000": thousands grouped the wrong way. */
        GROUPING,
        /** "1,200.5": an English number. */
        ENGLISH,
        /** "12,", ",5", "1,2,3" or letters. */
        NOT_A_NUMBER
    }

    private final String text;
    private final Reason reason;
    private final String suggestion;

    NotVietnameseNumber(String text, Reason reason, String suggestion) {
        super("not a vi-VN number (" + reason + "): " + text);
        this.text = text;
        this.reason = reason;
        this.suggestion = suggestion;
    }

    public String text() {
        return text;
    }

    public Reason reason() {
        return reason;
    }

    /** How the officer probably meant to write it, or the refused text itself when there is no guess. */
    public String suggestion() {
        return suggestion;
    }

    @Override
    public String[] getCodes() {
        return new String[]{"vietnamese.number." + reason.name()};
    }

    @Override
    public Object[] getArguments() {
        return new Object[]{suggestion, text};
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}
