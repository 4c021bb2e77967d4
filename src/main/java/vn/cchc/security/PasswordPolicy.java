package vn.cchc.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * At least 10 characters with a letter and a digit, not one of the common passwords that guessing tries first
 * (the bundled list, see resources/security/common-passwords.LICENSE.txt) and not built from the username:
 * long enough to resist guessing, short enough to type. Reusing the current password is refused by the callers,
 * which know its hash.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    private static final String COMMON_LIST = "/security/common-passwords.txt";
    /** A username shorter than this inside a password is a coincidence, not a password built from it. */
    private static final int MIN_NAME_PART = 3;

    private PasswordPolicy() {
    }

    /** @return the message key of the first rule broken, if any */
    static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("user.password.tooShort");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("user.password.weak");
        }
        if (builtFrom(username, password)) {
            return Optional.of("user.password.fromUsername");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("user.password.common");
        }
        return Optional.empty();
    }

    /** The username's letters and digits (or them reversed) appear in the password's, whatever the case and separators. */
    private static boolean builtFrom(String username, String password) {
        String name = lettersAndDigits(username);
        if (name.length() < MIN_NAME_PART) {
            return false;
        }
        String pass = lettersAndDigits(password);
        return pass.contains(name) || pass.contains(new StringBuilder(name).reverse());
    }

    private static String lettersAndDigits(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Loaded on first use and kept: about 16,000 short strings. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + COMMON_LIST);
                }
                Set<String> out = new HashSet<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        out.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
