package vn.cchc.security;

/** A rule of user administration was broken; the message key names it in the bundle. */
class UserAdministrationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserAdministrationException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
