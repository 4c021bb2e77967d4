package vn.cchc.urging;

import org.springframework.context.MessageSourceResolvable;

/** A letter that cannot be issued as asked, with the Vietnamese reason (a key of messages/urging and its arguments). */
class UrgingRefused extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final transient Object[] args;

    UrgingRefused(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    @Override
    public String getDefaultMessage() {
        return key;
    }
}
