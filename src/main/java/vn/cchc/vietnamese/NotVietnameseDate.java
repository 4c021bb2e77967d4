package vn.cchc.vietnamese;

import org.springframework.context.MessageSourceResolvable;

/** A text that is not a date written dd/MM/yyyy; resolves to a message that quotes it and shows the format. */
public final class NotVietnameseDate extends IllegalArgumentException implements MessageSourceResolvable {

    private final String text;

    NotVietnameseDate(String text) {
        super("not a dd/MM/yyyy date: " + text);
        this.text = text;
    }

    public String text() {
        return text;
    }

    @Override
    public String[] getCodes() {
        return new String[]{"vietnamese.date.invalid"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[]{text};
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}
