package vn.cchc.security;

import java.util.Optional;

/** At least 10 characters with a letter and a digit: long enough to resist guessing, short enough to type. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** @return the message key of the first rule broken, if any */
    static Optional<String> violation(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("user.password.tooShort");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("user.password.weak");
        }
        return Optional.empty();
    }
}
